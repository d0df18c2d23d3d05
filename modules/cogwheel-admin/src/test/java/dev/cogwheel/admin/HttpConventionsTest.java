package dev.cogwheel.admin;

import static dev.cogwheel.admin.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import dev.cogwheel.Container;
import java.net.http.HttpResponse;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpConventionsTest {
  private Container container;
  private AdminServer admin;

  @BeforeEach
  void start() {
    container = TestContainers.start(new Registries());
    admin = container.getInstance(AdminServer.class);
  }

  @AfterEach
  void stop() {
    container.stop();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/health/live     | application/json",
        "/health/ready    | application/json",
        "/metrics         | text/plain; version=0.0.4; charset=utf-8",
        "/metrics?format=json | application/json",
        "/lifecycle       | application/json",
        "/lifecycle/graph | text/vnd.graphviz; charset=utf-8",
      })
  void eachEndpointAnswersWithItsContentType(String path, String contentType) {
    HttpResponse<String> response = Http.get(admin, path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).isEqualTo(contentType);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/health/live", "/health/ready", "/metrics", "/lifecycle", "/lifecycle/graph"})
  void headAnswersWithTheHeadersOfGetAndNoBody(String path) {
    HttpResponse<String> get = Http.get(admin, path);
    HttpResponse<String> head = Http.head(admin, path);

    assertThat(head.statusCode()).isEqualTo(get.statusCode());
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.headers().firstValue("Content-Length"))
        .contains(Integer.toString(get.body().length()));
  }

  @Test
  void anUnknownPathIsNotFoundAndListsTheEndpoints() {
    HttpResponse<String> response = Http.get(admin, "/admin");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(response)).isEqualTo("application/json");
    assertThat(json(response))
        .isEqualTo(
            json(
                "{\"error\":\"no admin endpoint at /admin\","
                    + "\"endpoints\":[\"/health/live\",\"/health/ready\",\"/metrics\",\"/lifecycle\",\"/lifecycle/graph\"]}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/health", "/health/live/", "/HEALTH/LIVE", "/metrics.json"})
  void onlyExactPathsAreEndpoints(String path) {
    assertThat(Http.get(admin, path).statusCode()).isEqualTo(404);
  }

  @Test
  void headOfAnUnknownPathIsNotFoundWithoutABody() {
    HttpResponse<String> response = Http.head(admin, "/admin");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(response)).isEqualTo("application/json");
    assertThat(response.body()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS"})
  void anotherMethodIsNotAllowedAndNamesTheAllowedOnes(String method) {
    HttpResponse<String> response = Http.send(admin, method, "/health/ready");

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, HEAD");
    assertThat(Http.contentType(response)).isEqualTo("application/json");
    assertThat(json(response))
        .isEqualTo(
            json(
                "{\"error\":\"method "
                    + method
                    + " is not allowed on /health/ready; allowed: GET, HEAD\"}"));
  }

  @Test
  void responsesAreNotCached() {
    HttpResponse<String> response = Http.get(admin, "/health/ready");

    assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void anEndpointThatFailsAnswers500WithoutTheFailuresDetails() {
    HealthCheckRegistry broken =
        new HealthCheckRegistry() {
          @Override
          public SortedMap<String, HealthCheck.Result> runHealthChecks() {
            throw new IllegalStateException("health check store unavailable");
          }
        };
    try (Container failing = TestContainers.start(new Registries(broken))) {
      HttpResponse<String> response =
          Http.get(failing.getInstance(AdminServer.class), "/health/ready");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      assertThat(json(response))
          .isEqualTo(
              json(
                  "{\"error\":\"the admin endpoint /health/ready failed; the service log has the details\"}"));
      assertThat(response.body()).doesNotContain("unavailable", "IllegalStateException");
    }
  }
}
