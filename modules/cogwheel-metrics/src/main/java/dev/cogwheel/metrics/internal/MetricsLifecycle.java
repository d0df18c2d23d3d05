package dev.cogwheel.metrics.internal;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.StartupException;
import dev.cogwheel.Tasks;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;

/**
 * The managed singleton through which {@link dev.cogwheel.metrics.MetricsModule} follows its
 * container: it records the lifecycle metrics, keeps the health checks registered and runs the
 * reporters.
 *
 * <p>As a managed {@link LifecycleListener} it receives the events of the start that came before
 * its own creation, then every later one up to {@link #stopped}, which comes after every component
 * has been released. Each event is handled in a fixed order: metrics first, so that a report made
 * for the same event already sees them; at {@code stopped}, the periodic reports end first (so none
 * can carry the stop timer), then the stop timer is recorded, then the reporters make their final
 * reports, and the health checks go last.
 *
 * <p>Bound as a singleton under {@link dev.cogwheel.metrics.MetricsModule#LIFECYCLE}, the name
 * users see in the reports, and not under its own class.
 */
public final class MetricsLifecycle implements LifecycleListener {
  private final LifecycleMetrics metrics;
  private final HealthCheckRegistrar healthChecks;
  private final Reporters reporters;

  @Inject
  MetricsLifecycle(
      Container container,
      Tasks tasks,
      MetricRegistry registry,
      HealthCheckRegistry healthCheckRegistry,
      Map<String, HealthCheck> boundHealthChecks,
      ReporterSettings settings,
      PrometheusRegistry prometheus) {
    this.metrics = new LifecycleMetrics(registry, prometheus, container);
    this.healthChecks =
        new HealthCheckRegistrar(healthCheckRegistry, container, tasks, boundHealthChecks);
    this.reporters = new Reporters(settings, registry, prometheus, container);
  }

  /**
   * Registers the gauges and the health checks known at start, and checks the reporters' settings.
   *
   * @throws IllegalStateException if a health check name is taken or a reporter setting is unusable
   *     (the container's start fails, naming it)
   */
  @PostConstruct
  void open() {
    reporters.check();
    metrics.registerGauges();
    healthChecks.open();
  }

  @Override
  public void componentStarted(Container container, Component component) {
    metrics.componentStarted(component);
    healthChecks.componentStarted(component);
  }

  @Override
  public void started(Container container, Duration duration) {
    metrics.containerStarted(duration);
    healthChecks.containerStarted();
    reporters.start();
  }

  @Override
  public void startFailed(Container container, StartupException failure) {
    healthChecks.close();
  }

  @Override
  public void componentStopped(Container container, Component component) {
    metrics.componentStopped(component);
    healthChecks.componentStopped(component);
  }

  @Override
  public void stopped(Container container, Duration duration) {
    reporters.endPeriodicReports();
    metrics.containerStopped(duration);
    reporters.stop();
    healthChecks.close();
  }
}
