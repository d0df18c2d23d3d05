package dev.cogwheel.metrics.internal;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import dev.cogwheel.metrics.MetricNames;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records a container's lifecycle in a {@link MetricRegistry} under the names of {@link
 * MetricNames}: a timer per component for its start and its stop, timers of the whole start and
 * stop, gauges of the state and of the number of components, a counter of failed stops.
 *
 * <p>Timers and counters are taken from the registry by name, so a registry that outlives a run
 * (one the user supplied) accumulates them over restarts. Gauges belong to one run: {@link
 * #registerGauges()} replaces those of an earlier run.
 *
 * <p>Every measurement is also recorded in the run's {@link PrometheusRegistry}, under the {@code
 * PROMETHEUS_*} names: one family per measurement, the component as a label, seconds.
 *
 * <p>Thread-safe: events may come from the thread that starts or stops the container and from
 * threads that create singletons lazily.
 */
final class LifecycleMetrics {
  private final MetricRegistry registry;
  private final Container container;
  private final AtomicInteger components = new AtomicInteger();
  private final Counter stopFailures;
  private final PrometheusRegistry prometheus;
  private final Summary componentStart;
  private final Summary componentStop;
  private final io.prometheus.metrics.core.metrics.Counter componentStopFailures;
  private final Summary containerStart;
  private final Summary containerStop;

  LifecycleMetrics(MetricRegistry registry, PrometheusRegistry prometheus, Container container) {
    this.registry = registry;
    this.container = container;
    this.stopFailures = registry.counter(MetricNames.COMPONENT_STOP_FAILURES);
    this.prometheus = prometheus;
    this.componentStart =
        seconds(
            MetricNames.PROMETHEUS_COMPONENT_START,
            "Time each component took to start: construction, injection and @PostConstruct",
            "component");
    this.componentStop =
        seconds(
            MetricNames.PROMETHEUS_COMPONENT_STOP,
            "Time each component's release took: @PreDestroy, close() or shutdown",
            "component");
    this.componentStopFailures =
        io.prometheus.metrics.core.metrics.Counter.builder()
            .name(MetricNames.PROMETHEUS_COMPONENT_STOP_FAILURES)
            .help("Component releases that threw or ran past the stop timeout")
            .labelNames("component")
            .withoutExemplars()
            .register(prometheus);
    this.containerStart =
        seconds(MetricNames.PROMETHEUS_CONTAINER_START, "Time the whole container start took");
    this.containerStop =
        seconds(MetricNames.PROMETHEUS_CONTAINER_STOP, "Time the whole container stop took");
  }

  /** Registers the state and component gauges, replacing any of an earlier run. */
  void registerGauges() {
    replace(MetricNames.CONTAINER_STATE, (Gauge<String>) () -> container.state().name());
    replace(
        MetricNames.CONTAINER_RUNNING,
        (Gauge<Integer>) () -> container.state() == State.RUNNING ? 1 : 0);
    replace(MetricNames.CONTAINER_COMPONENTS, (Gauge<Integer>) components::get);
    GaugeWithCallback.builder()
        .name(MetricNames.PROMETHEUS_CONTAINER_RUNNING)
        .help("1 while the container is RUNNING, else 0")
        .callback(callback -> callback.call(container.state() == State.RUNNING ? 1 : 0))
        .register(prometheus);
    GaugeWithCallback.builder()
        .name(MetricNames.PROMETHEUS_CONTAINER_STATE)
        .help("The container's lifecycle state: 1 for the current one, 0 for the others")
        .labelNames("state")
        .callback(
            callback -> {
              State current = container.state();
              for (State state : State.values()) {
                callback.call(state == current ? 1 : 0, state.name());
              }
            })
        .register(prometheus);
    GaugeWithCallback.builder()
        .name(MetricNames.PROMETHEUS_CONTAINER_COMPONENTS)
        .help("Managed components that have started and not yet stopped")
        .callback(callback -> callback.call(components.get()))
        .register(prometheus);
  }

  void componentStarted(Component component) {
    components.incrementAndGet();
    registry
        .timer(MetricNames.componentStart(component))
        .update(component.startDuration().toNanos(), TimeUnit.NANOSECONDS);
    componentStart.labelValues(component.name()).observe(seconds(component.startDuration()));
  }

  void componentStopped(Component component) {
    components.decrementAndGet();
    component
        .stopDuration()
        .ifPresent(
            d -> {
              registry
                  .timer(MetricNames.componentStop(component))
                  .update(d.toNanos(), TimeUnit.NANOSECONDS);
              componentStop.labelValues(component.name()).observe(seconds(d));
            });
    if (component.stopFailure().isPresent()) {
      stopFailures.inc();
      componentStopFailures.labelValues(component.name()).inc();
    }
  }

  void containerStarted(Duration duration) {
    registry.timer(MetricNames.CONTAINER_START).update(duration.toNanos(), TimeUnit.NANOSECONDS);
    containerStart.observe(seconds(duration));
  }

  void containerStopped(Duration duration) {
    registry.timer(MetricNames.CONTAINER_STOP).update(duration.toNanos(), TimeUnit.NANOSECONDS);
    containerStop.observe(seconds(duration));
  }

  /**
   * A summary (count and sum, no quantiles) of durations in seconds, without exemplars: they need
   * tracing, and sampling them starts the Prometheus client's JVM-wide scheduler thread, which
   * would be counted as a thread the container leaked.
   */
  private Summary seconds(String name, String help, String... labelNames) {
    return Summary.builder()
        .name(name)
        .unit(Unit.SECONDS)
        .help(help)
        .labelNames(labelNames)
        .withoutExemplars()
        .register(prometheus);
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  private void replace(String name, Metric metric) {
    registry.remove(name);
    registry.register(name, metric);
  }
}
