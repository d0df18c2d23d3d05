package dev.cogwheel.metrics.http.internal;

import com.codahale.metrics.MetricRegistry;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import okhttp3.Call;
import okhttp3.EventListener;

/** Gives every OkHttp call a {@link CallMetrics} that records it in the registry. Thread-safe. */
@Singleton
public final class CallMetricsFactory implements EventListener.Factory {
  private final MetricRegistry registry;

  @Inject
  CallMetricsFactory(MetricRegistry registry) {
    this.registry = registry;
  }

  @Override
  public EventListener create(Call call) {
    return new CallMetrics(registry);
  }

  @Override
  public String toString() {
    return "CallMetricsFactory";
  }
}
