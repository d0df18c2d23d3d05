package dev.cogwheel.metrics.http.internal;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Metric;
import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.metrics.http.HttpMetricNames;
import dev.cogwheel.okhttp.Connector;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;

/**
 * Registers gauges that read the connector's pool and dispatcher live, when the container starts,
 * replacing those of an earlier run.
 */
@Singleton
public final class ConnectorGauges {
  private final MetricRegistry registry;
  private final ConnectionPool pool;
  private final Dispatcher dispatcher;

  @Inject
  ConnectorGauges(MetricRegistry registry, Connector connector) {
    this.registry = registry;
    this.pool = connector.connectionPool();
    this.dispatcher = connector.dispatcher();
  }

  @PostConstruct
  void register() {
    replace(HttpMetricNames.POOL_CONNECTIONS, (Gauge<Integer>) pool::connectionCount);
    replace(HttpMetricNames.POOL_IDLE_CONNECTIONS, (Gauge<Integer>) pool::idleConnectionCount);
    replace(
        HttpMetricNames.DISPATCHER_RUNNING_CALLS, (Gauge<Integer>) dispatcher::runningCallsCount);
    replace(HttpMetricNames.DISPATCHER_QUEUED_CALLS, (Gauge<Integer>) dispatcher::queuedCallsCount);
  }

  private void replace(String name, Metric metric) {
    registry.remove(name);
    registry.register(name, metric);
  }
}
