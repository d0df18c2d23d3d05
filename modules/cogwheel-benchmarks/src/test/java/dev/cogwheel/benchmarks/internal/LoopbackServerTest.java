package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackServerTest {
  private final LoopbackServer server = LoopbackServer.start();
  private final HttpClient client = HttpClient.newHttpClient();

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listensOnTheLoopbackAddress() {
    assertThat(server.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/");
  }

  @Test
  void answersTheReminderAsJson() throws Exception {
    HttpResponse<String> response = get(LoopbackServer.PATH);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(new ObjectMapper().readValue(response.body(), Reminder.class))
        .isEqualTo(
            new Reminder(
                42,
                "Water the plants on the balcony",
                "2026-11-22T18:30:00Z",
                List.of("home", "garden", "weekly"),
                false,
                new Reminder.Owner(7, "Ada")));
  }

  @Test
  void answersAnyOtherPathWith404() throws Exception {
    assertThat(get("reminders/43").statusCode()).isEqualTo(404);
  }
}
