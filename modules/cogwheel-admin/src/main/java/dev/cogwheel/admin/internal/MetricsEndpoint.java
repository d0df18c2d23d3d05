package dev.cogwheel.admin.internal;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code /metrics}: the container's Prometheus registry in the Prometheus text exposition format
 * (version 0.0.4) — Cogwheel's own families, the Dropwizard registry through Prometheus' bridge,
 * the JVM's metrics (see {@code dev.cogwheel.metrics.PrometheusBridge}); {@code ?format=json} gives
 * the Dropwizard registry in Dropwizard's JSON form instead, with its dotted names (rates per
 * second, durations in milliseconds).
 */
public final class MetricsEndpoint implements Endpoint {
  private static final PrometheusTextFormatWriter PROMETHEUS = PrometheusTextFormatWriter.create();

  private final MetricRegistry metrics;
  private final PrometheusRegistry prometheus;

  /** The metrics of {@code metrics} (for JSON) and {@code prometheus}. */
  public MetricsEndpoint(MetricRegistry metrics, PrometheusRegistry prometheus) {
    this.metrics = metrics;
    this.prometheus = prometheus;
  }

  @Override
  public Response respond(Map<String, String> query) throws IOException {
    String format = query.getOrDefault("format", "prometheus");
    switch (format) {
      case "prometheus":
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        PROMETHEUS.write(out, prometheus.scrape());
        return Response.of(200, PrometheusTextFormatWriter.CONTENT_TYPE, out.toByteArray());
      case "json":
        return Response.of(200, Response.JSON, DropwizardJson.MAPPER.writeValueAsBytes(metrics));
      default:
        return Response.error(
            400,
            "unknown format '"
                + format
                + "' in /metrics?format="
                + format
                + "; use 'prometheus' (the default) or 'json'");
    }
  }

  /**
   * The mapper of the JSON form, made at the first request for it: building one loads most of
   * Jackson, which the admin server's start, that every component waits for, need not pay.
   */
  private static final class DropwizardJson {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .registerModule(
                new com.codahale.metrics.json.MetricsModule(
                    TimeUnit.SECONDS, TimeUnit.MILLISECONDS, false));
  }
}
