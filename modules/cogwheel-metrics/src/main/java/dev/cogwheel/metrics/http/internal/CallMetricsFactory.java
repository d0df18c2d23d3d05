package dev.cogwheel.metrics.http.internal;

import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.okhttp.Connector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * The HTTP metrics of a run: gives every OkHttp call a {@link CallMetrics} that records it in the
 * Dropwizard registry and the Prometheus families, and registers the {@link ConnectorGauges} as it
 * starts. Bound as a singleton under {@link dev.cogwheel.metrics.http.HttpMetricsModule#METRICS},
 * the name users see in the reports, and not under its own class. Thread-safe.
 */
public final class CallMetricsFactory implements EventListener.Factory {
  private final MetricRegistry registry;
  private final CallFamilies families;
  private final ConnectorGauges gauges;

  @Inject
  CallMetricsFactory(MetricRegistry registry, PrometheusRegistry prometheus, Connector connector) {
    this.registry = registry;
    this.families = new CallFamilies(prometheus);
    this.gauges = new ConnectorGauges(registry, prometheus, connector);
  }

  @PostConstruct
  void registerGauges() {
    gauges.register();
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
