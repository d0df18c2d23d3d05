package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class TimelineEndpointTest {
  private final Registries registries = new Registries();

  @Test
  void timelineIsAnHtmlPage() {
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/lifecycle/timeline");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("text/html; charset=utf-8");
      assertThat(response.body())
          .startsWith("<!DOCTYPE html>")
          .contains("<title>Timeline of admin-test &#8212; Cogwheel</title>");
    }
  }

  @Test
  void formatJsonGivesTheDocumentThePageDraws() {
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/lifecycle/timeline?format=json");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      JsonNode document = Http.json(response);
      assertThat(document.get("container").asText()).isEqualTo("admin-test");
      assertThat(document.get("state").asText()).isEqualTo("RUNNING");
      assertThat(document.get("live").asBoolean()).isTrue();
      assertThat(document.get("components"))
          .extracting(c -> c.get("key").asText())
          .containsExactlyElementsOf(container.components().stream().map(Component::name).toList());
    }
  }

  @Test
  void anUnknownFormatIsABadRequest() {
    try (Container container = TestContainers.start(registries)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/lifecycle/timeline?format=svg");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(Http.json(response).get("error").asText())
          .isEqualTo(
              "unknown format 'svg' in /lifecycle/timeline?format=svg; use 'html' (the default) or 'json'");
    }
  }
}
