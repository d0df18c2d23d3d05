package dev.cogwheel.admin;

import static dev.cogwheel.admin.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import dev.cogwheel.Container;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MetricsEndpointTest {
  private final Registries registries = new Registries();

  @Test
  void metricsAreInThePrometheusTextFormat() {
    registries.metrics.counter("jobs.done").inc(3);
    registries.metrics.register("queue.size", (Gauge<Integer>) () -> 7);
    registries.metrics.timer("api.calls").update(Duration.ofMillis(40));
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/metrics");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
      assertThat(response.body().lines())
          .contains(
              "# TYPE jobs_done_total counter",
              "jobs_done_total 3.0",
              "# TYPE queue_size gauge",
              "queue_size 7.0",
              "# TYPE api_calls summary",
              "api_calls{quantile=\"0.5\"} 0.04",
              "api_calls_count 1");
    }
  }

  @Test
  void aGaugeThatCannotBeConvertedIsLeftOutOfTheScrape() {
    registries.metrics.register(
        "broken",
        (Gauge<Integer>)
            () -> {
              throw new IllegalStateException("sensor unplugged");
            });
    registries.metrics.register("greeting", (Gauge<String>) () -> "hello");
    registries.metrics.counter("jobs.done").inc();
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/metrics");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body())
          .contains("jobs_done_total 1.0")
          .doesNotContain("broken", "greeting");
    }
  }

  @Test
  void formatJsonGivesDropwizardsJson() {
    registries.metrics.counter("jobs.done").inc(3);
    registries.metrics.register("queue.size", (Gauge<Integer>) () -> 7);
    registries.metrics.timer("api.calls").update(Duration.ofMillis(40));
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/metrics?format=json");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      var body = json(response);
      assertThat(body.get("counters")).isEqualTo(json("{\"jobs.done\":{\"count\":3}}"));
      assertThat(body.get("gauges")).isEqualTo(json("{\"queue.size\":{\"value\":7}}"));
      assertThat(body.at("/timers/api.calls/count").asLong()).isEqualTo(1);
      assertThat(body.at("/timers/api.calls/max").asDouble()).isEqualTo(40.0);
      assertThat(body.at("/timers/api.calls/duration_units").asText()).isEqualTo("milliseconds");
      assertThat(body.at("/timers/api.calls/rate_units").asText()).isEqualTo("calls/second");
    }
  }

  @Test
  void formatPrometheusIsTheDefault() {
    registries.metrics.counter("jobs.done").inc(3);
    try (Container container = TestContainers.start(registries)) {
      AdminServer admin = container.getInstance(AdminServer.class);

      assertThat(Http.get(admin, "/metrics?format=prometheus").body())
          .isEqualTo(Http.get(admin, "/metrics").body());
    }
  }

  @Test
  void anUnknownFormatIsABadRequestNamingTheFormats() {
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/metrics?format=xml");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      assertThat(json(response))
          .isEqualTo(
              json(
                  "{\"error\":\"unknown format 'xml' in /metrics?format=xml; use 'prometheus' (the default) or 'json'\"}"));
    }
  }
}
