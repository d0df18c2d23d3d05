package dev.cogwheel.metrics.internal;

import com.codahale.metrics.Counter;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import dev.cogwheel.metrics.MetricNames;
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
 * <p>Thread-safe: events may come from the thread that starts or stops the container and from
 * threads that create singletons lazily.
 */
final class LifecycleMetrics {
  private final MetricRegistry registry;
  private final Container container;
  private final AtomicInteger components = new AtomicInteger();
  private final Counter stopFailures;

  LifecycleMetrics(MetricRegistry registry, Container container) {
    this.registry = registry;
    this.container = container;
    this.stopFailures = registry.counter(MetricNames.COMPONENT_STOP_FAILURES);
  }

  /** Registers the state and component gauges, replacing any of an earlier run. */
  void registerGauges() {
    replace(MetricNames.CONTAINER_STATE, (Gauge<String>) () -> container.state().name());
    replace(
        MetricNames.CONTAINER_RUNNING,
        (Gauge<Integer>) () -> container.state() == State.RUNNING ? 1 : 0);
    replace(MetricNames.CONTAINER_COMPONENTS, (Gauge<Integer>) components::get);
  }

  void componentStarted(Component component) {
    components.incrementAndGet();
    registry
        .timer(MetricNames.componentStart(component))
        .update(component.startDuration().toNanos(), TimeUnit.NANOSECONDS);
  }

  void componentStopped(Component component) {
    components.decrementAndGet();
    component
        .stopDuration()
        .ifPresent(
            d ->
                registry
                    .timer(MetricNames.componentStop(component))
                    .update(d.toNanos(), TimeUnit.NANOSECONDS));
    if (component.stopFailure().isPresent()) {
      stopFailures.inc();
    }
  }

  void containerStarted(Duration duration) {
    registry.timer(MetricNames.CONTAINER_START).update(duration.toNanos(), TimeUnit.NANOSECONDS);
  }

  void containerStopped(Duration duration) {
    registry.timer(MetricNames.CONTAINER_STOP).update(duration.toNanos(), TimeUnit.NANOSECONDS);
  }

  private void replace(String name, Metric metric) {
    registry.remove(name);
    registry.register(name, metric);
  }
}
