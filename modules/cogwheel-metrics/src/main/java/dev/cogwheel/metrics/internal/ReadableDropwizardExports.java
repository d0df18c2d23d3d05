package dev.cogwheel.metrics.internal;

import com.codahale.metrics.MetricFilter;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.PrometheusNaming;
import io.prometheus.metrics.model.snapshots.SummarySnapshot;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prometheus' Dropwizard bridge ({@link DropwizardExports}) over a registry, with HELP texts a
 * person can read. The bridge writes {@code Generated from Dropwizard metric import (metric=...,
 * type=...$$Lambda/0x...)}; this writes {@code Dropwizard gauge cogs.digest.due}. Names, types,
 * labels and values are the bridge's own. A metric the bridge cannot convert is left out.
 *
 * <p>Thread-safe: each scrape reads the registry afresh.
 */
public final class ReadableDropwizardExports implements MultiCollector {
  private static final Logger log = LoggerFactory.getLogger(ReadableDropwizardExports.class);

  private final MetricRegistry registry;
  private final MetricFilter filter;
  private final MultiCollector bridge;

  /** The bridge of the metrics of {@code registry} that {@code filter} matches. */
  public ReadableDropwizardExports(MetricRegistry registry, MetricFilter filter) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.filter = filter;
    PrometheusRegistry bridged = new PrometheusRegistry();
    DropwizardExports.builder()
        .dropwizardRegistry(registry)
        .metricFilter(filter)
        .invalidMetricHandler(ReadableDropwizardExports::leaveOut)
        .register(bridged);
    this.bridge = bridged::scrape;
  }

  @Override
  public MetricSnapshots collect() {
    Map<String, String> help = helpTexts();
    MetricSnapshots.Builder readable = MetricSnapshots.builder();
    for (MetricSnapshot snapshot : bridge.collect()) {
      MetricMetadata metadata = snapshot.getMetadata();
      String text = help.getOrDefault(metadata.getName(), metadata.getHelp());
      readable.metricSnapshot(
          withHelp(snapshot, new MetricMetadata(metadata.getName(), text, metadata.getUnit())));
    }
    return readable.build();
  }

  /** The HELP text of each bridged metric, by the name the bridge gives it. */
  private Map<String, String> helpTexts() {
    Map<String, String> help = new HashMap<>();
    registry
        .getCounters(filter)
        .keySet()
        .forEach(name -> help.put(key(name), "Dropwizard counter " + name));
    registry
        .getGauges(filter)
        .keySet()
        .forEach(name -> help.put(key(name), "Dropwizard gauge " + name));
    registry
        .getMeters(filter)
        .keySet()
        .forEach(name -> help.put(key(name), "Dropwizard meter " + name + ": events counted"));
    registry
        .getHistograms(filter)
        .keySet()
        .forEach(name -> help.put(key(name), "Dropwizard histogram " + name));
    registry
        .getTimers(filter)
        .keySet()
        .forEach(name -> help.put(key(name), "Dropwizard timer " + name + ", in seconds"));
    return help;
  }

  /**
   * The name the bridge gives the Dropwizard metric {@code name} (meters: {@code _total} is
   * stripped again).
   */
  private static String key(String name) {
    return PrometheusNaming.sanitizeMetricName(name);
  }

  private static MetricSnapshot withHelp(MetricSnapshot snapshot, MetricMetadata metadata) {
    if (snapshot instanceof CounterSnapshot) {
      return new CounterSnapshot(metadata, ((CounterSnapshot) snapshot).getDataPoints());
    }
    if (snapshot instanceof GaugeSnapshot) {
      return new GaugeSnapshot(metadata, ((GaugeSnapshot) snapshot).getDataPoints());
    }
    if (snapshot instanceof SummarySnapshot) {
      return new SummarySnapshot(metadata, ((SummarySnapshot) snapshot).getDataPoints());
    }
    return snapshot;
  }

  private static boolean leaveOut(String metric, Exception e) {
    log.debug("Metric {} left out of the Prometheus answer: {}", metric, e.toString());
    return true;
  }
}
