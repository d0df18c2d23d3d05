package dev.cogwheel.metrics.http.internal;

import dev.cogwheel.metrics.http.HttpMetricNames;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Summary;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * The Prometheus families of HTTP client calls ({@link HttpMetricNames}{@code .PROMETHEUS_*}),
 * registered once per run; each call's {@link CallMetrics} records into them. Thread-safe.
 *
 * <p>Without exemplars: they need tracing, and sampling them starts the Prometheus client's
 * JVM-wide scheduler thread, which would be counted as a thread the container leaked.
 */
final class CallFamilies {
  final Summary requests;
  final Counter failures;
  final Summary connectionAcquire;
  final Summary dns;
  final Summary connect;

  CallFamilies(PrometheusRegistry registry) {
    this.requests =
        seconds(
            registry,
            HttpMetricNames.PROMETHEUS_REQUESTS,
            "HTTP client calls from start to end (response body closed), by host, method and the final response's status",
            "host",
            "method",
            "status");
    this.failures =
        Counter.builder()
            .name(HttpMetricNames.PROMETHEUS_FAILURES)
            .help(
                "HTTP client calls that failed, by host, method and the simple name of the exception")
            .labelNames("host", "method", "exception")
            .withoutExemplars()
            .register(registry);
    this.connectionAcquire =
        seconds(
            registry,
            HttpMetricNames.PROMETHEUS_CONNECTION_ACQUIRE,
            "Time from a call's start, or the release of its previous connection, until it held a connection");
    this.dns =
        seconds(registry, HttpMetricNames.PROMETHEUS_DNS, "DNS lookups of HTTP client calls");
    this.connect =
        seconds(
            registry,
            HttpMetricNames.PROMETHEUS_CONNECT,
            "New HTTP client connections, from the start of the TCP connect to the end of TLS");
  }

  private static Summary seconds(
      PrometheusRegistry registry, String name, String help, String... labelNames) {
    return Summary.builder()
        .name(name)
        .unit(Unit.SECONDS)
        .help(help)
        .labelNames(labelNames)
        .withoutExemplars()
        .register(registry);
  }
}
