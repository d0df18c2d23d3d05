package dev.cogwheel.metrics;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/** A Prometheus registry scraped and written in the text format 0.0.4, as /metrics answers. */
public final class PrometheusText {
  private PrometheusText() {}

  /** The text of one scrape of {@code registry}. */
  public static String of(PrometheusRegistry registry) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * The lines of one scrape that belong to the family {@code name} (its HELP, TYPE and samples).
   */
  public static List<String> family(PrometheusRegistry registry, String name) {
    return of(registry)
        .lines()
        .filter(
            line ->
                line.startsWith(name + "{")
                    || line.startsWith(name + " ")
                    || line.startsWith(name + "_")
                    || line.startsWith("# HELP " + name + " ")
                    || line.startsWith("# TYPE " + name + " "))
        .collect(Collectors.toList());
  }
}
