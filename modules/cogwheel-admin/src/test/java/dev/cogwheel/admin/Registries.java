package dev.cogwheel.admin;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import dev.cogwheel.metrics.PrometheusBridge;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** Binds registries, the way the metrics module does, for one container. */
final class Registries extends AbstractModule {
  final MetricRegistry metrics = new MetricRegistry();
  final PrometheusRegistry prometheus = PrometheusBridge.registryOf(metrics);
  final HealthCheckRegistry healthChecks;

  /** Fresh registries. */
  Registries() {
    this(new HealthCheckRegistry());
  }

  /** A fresh metric registry and {@code healthChecks}. */
  Registries(HealthCheckRegistry healthChecks) {
    this.healthChecks = healthChecks;
  }

  @Override
  protected void configure() {
    bind(MetricRegistry.class).toInstance(metrics);
    bind(HealthCheckRegistry.class).toInstance(healthChecks);
    bind(PrometheusRegistry.class).toInstance(prometheus);
  }
}
