package dev.cogwheel.admin.internal;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /metrics}: the Dropwizard registry in the Prometheus text exposition format (version
 * 0.0.4), converted by Prometheus' own Dropwizard bridge; {@code ?format=json} gives Dropwizard's
 * JSON form instead (rates per second, durations in milliseconds).
 *
 * <p>A metric that cannot be converted (a gauge that throws or is not a number) is left out of the
 * Prometheus answer rather than failing the whole scrape.
 */
public final class MetricsEndpoint implements Endpoint {
  private static final Logger log = LoggerFactory.getLogger(MetricsEndpoint.class);
  private static final PrometheusTextFormatWriter PROMETHEUS = PrometheusTextFormatWriter.create();

  private final MetricRegistry metrics;
  private final PrometheusRegistry prometheus = new PrometheusRegistry();
  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(
              new com.codahale.metrics.json.MetricsModule(
                  TimeUnit.SECONDS, TimeUnit.MILLISECONDS, false));

  /** The metrics of {@code metrics}. */
  public MetricsEndpoint(MetricRegistry metrics) {
    this.metrics = metrics;
    DropwizardExports.builder()
        .dropwizardRegistry(metrics)
        .invalidMetricHandler(MetricsEndpoint::leaveOut)
        .register(prometheus);
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
        return Response.of(200, Response.JSON, json.writeValueAsBytes(metrics));
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

  private static boolean leaveOut(String metric, Exception e) {
    log.debug("Metric {} left out of the Prometheus answer: {}", metric, e.toString());
    return true;
  }
}
