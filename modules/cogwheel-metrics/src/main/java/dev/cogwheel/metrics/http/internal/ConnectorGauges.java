package dev.cogwheel.metrics.http.internal;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.metrics.http.HttpMetricNames;
import dev.cogwheel.okhttp.Connector;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.IntSupplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * Registers gauges that read the connector's pool and dispatcher live, when {@link
 * CallMetricsFactory} starts: Dropwizard ones, replacing those of an earlier run, and Prometheus
 * ones in the run's registry.
 */
final class ConnectorGauges {
  private final MetricRegistry registry;
  private final PrometheusRegistry prometheus;
  private final ConnectionPool pool;
  private final Dispatcher dispatcher;

  ConnectorGauges(MetricRegistry registry, PrometheusRegistry prometheus, Connector connector) {
    this.registry = registry;
    this.prometheus = prometheus;
    this.pool = connector.connectionPool();
    this.dispatcher = connector.dispatcher();
  }

  /** Registers the gauges; once per run. */
  void register() {
    replace(HttpMetricNames.POOL_CONNECTIONS, (Gauge<Integer>) pool::connectionCount);
    replace(HttpMetricNames.POOL_IDLE_CONNECTIONS, (Gauge<Integer>) pool::idleConnectionCount);
    replace(
        HttpMetricNames.DISPATCHER_RUNNING_CALLS, (Gauge<Integer>) dispatcher::runningCallsCount);
    replace(HttpMetricNames.DISPATCHER_QUEUED_CALLS, (Gauge<Integer>) dispatcher::queuedCallsCount);
    gauge(
        HttpMetricNames.PROMETHEUS_POOL_CONNECTIONS,
        "Connections of the HTTP client's pool, in use or idle",
        pool::connectionCount);
    gauge(
        HttpMetricNames.PROMETHEUS_POOL_IDLE_CONNECTIONS,
        "Idle connections of the HTTP client's pool",
        pool::idleConnectionCount);
    gauge(
        HttpMetricNames.PROMETHEUS_DISPATCHER_RUNNING_CALLS,
        "Calls the HTTP client's dispatcher is running",
        dispatcher::runningCallsCount);
    gauge(
        HttpMetricNames.PROMETHEUS_DISPATCHER_QUEUED_CALLS,
        "Asynchronous calls waiting in the HTTP client's dispatcher",
        dispatcher::queuedCallsCount);
  }

  private void gauge(String name, String help, IntSupplier value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.getAsInt()))
        .register(prometheus);
  }

  private void replace(String name, Metric metric) {
    registry.remove(name);
    registry.register(name, metric);
  }
}
