package dev.cogwheel.admin;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;

/** Binds registries, the way the metrics module does, for one container. */
final class Registries extends AbstractModule {
  final MetricRegistry metrics = new MetricRegistry();
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
  }
}
