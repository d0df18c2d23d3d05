package dev.cogwheel.metrics.http.internal;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Gives every OkHttp call a {@link CallMetrics} that records it in the Dropwizard registry and the
 * Prometheus families. Thread-safe.
 */
@Singleton
public final class CallMetricsFactory implements EventListener.Factory {
  private final MetricRegistry registry;
  private final CallFamilies families;

  @Inject
  CallMetricsFactory(MetricRegistry registry, PrometheusRegistry prometheus) {
    this.registry = registry;
    this.families = new CallFamilies(prometheus);
  }

  @Override
  public EventListener create(Call call) {
    return new CallMetrics(registry, families);
  }

  @Override
  public String toString() {
    return "CallMetricsFactory";
  }
}
