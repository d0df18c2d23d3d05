package dev.cogwheel.metrics;

import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.metrics.internal.JvmCollectors;
import dev.cogwheel.metrics.internal.ReadableDropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * The Prometheus side of a container's metrics: a {@link PrometheusRegistry} that Cogwheel's own
 * metrics are recorded in directly, with the metrics of a Dropwizard {@link MetricRegistry} and of
 * the JVM beside them.
 *
 * <p>{@link MetricsModule} binds one per container run, made by {@link #registryOf}; the admin
 * endpoint's {@code /metrics} writes it in the Prometheus text format. Inject it to add metrics of
 * the Prometheus client's own ({@code io.prometheus.metrics.core.metrics.Counter} and so on).
 *
 * <ul>
 *   <li>Cogwheel's own measurements ({@link MetricNames}, {@code HttpMetricNames}) are Prometheus
 *       families with labels, recorded in this registry as they happen — for example {@code
 *       cogwheel_component_start_seconds{component="ApiClient@Named(\"site\")"}}. Their dotted
 *       Dropwizard twins ({@code cogwheel.*}) stay in the {@code MetricRegistry} for Graphite, JMX
 *       and JSON, and are left out here.
 *   <li>Every other Dropwizard metric goes through Prometheus' Dropwizard bridge ({@code
 *       prometheus-metrics-instrumentation-dropwizard}): dots become underscores, counters and
 *       meters get {@code _total}, timers are summaries in seconds; the HELP text names the
 *       Dropwizard metric and its kind ({@code Dropwizard counter cogs.reminders.delivered}). A
 *       metric that cannot be converted (a gauge that throws or is not a number) is left out.
 *   <li>The JVM's memory, buffer pools, garbage collection, threads, classes, compilation, runtime
 *       and process metrics, from {@code prometheus-metrics-instrumentation-jvm}: its collectors
 *       that read the JVM's management beans when scraped. Not {@code JvmMetrics}, which keeps
 *       every registry it was given in a static set (a leak per container run), and not the memory
 *       pool allocation counters, which add listeners to the garbage collectors for good and,
 *       counting, start the Prometheus client's JVM-wide scheduler thread. They are made at the
 *       registry's first scrape, so a cold start does not wait for them; their names are taken from
 *       the beginning, so a collector of the same name is refused when it is registered.
 * </ul>
 */
public final class PrometheusBridge {
  private PrometheusBridge() {}

  /**
   * A new registry holding the bridge of {@code metrics} (without its {@code cogwheel.*} metrics)
   * and the JVM's metrics. Thread-safe.
   *
   * @throws NullPointerException if {@code metrics} is null
   */
  public static PrometheusRegistry registryOf(MetricRegistry metrics) {
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register(
        new ReadableDropwizardExports(
            metrics, (name, metric) -> !MetricNames.isCogwheelMetric(name)));
    registry.register(new JvmCollectors());
    return registry;
  }
}
