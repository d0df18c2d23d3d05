package consumer;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import dev.cogwheel.Container;
import dev.cogwheel.metrics.MetricsModule;

/** The registries as components, with the container's lifecycle timers and health check. */
public final class Smoke {
  public static void main(String[] args) throws Exception {
    try (Container container = Container.start(new MetricsModule())) {
      MetricRegistry metrics = container.getInstance(MetricRegistry.class);
      HealthCheckRegistry healthChecks = container.getInstance(HealthCheckRegistry.class);
      if (metrics.getTimers().isEmpty()) {
        throw new AssertionError("expected the lifecycle timers, got " + metrics.getNames());
      }
      if (!healthChecks.runHealthCheck(MetricsModule.CONTAINER_HEALTH_CHECK).isHealthy()) {
        throw new AssertionError(
            "expected the container's health check to be healthy while RUNNING");
      }
    }
    System.out.println("cogwheel-metrics consumer: OK");
  }
}
