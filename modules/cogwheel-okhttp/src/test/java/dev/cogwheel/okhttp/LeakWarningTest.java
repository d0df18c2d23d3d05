package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogwheel.Container;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * OkHttp's own leak detector — "A connection to ... was leaked. Did you forget to close a response
 * body?" — catches a response left open, and stays silent over every path of the API client.
 */
class LeakWarningTest {
  private static final MockResponse BIG_BODY =
      new MockResponse.Builder()
          .body("{\"name\":\"" + "a".repeat(64 * 1024) + "\"}")
          .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
          .build();

  @StartStop MockWebServer server = new MockWebServer();

  @BeforeEach
  void answerByPath() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            switch (request.getUrl().encodedPath()) {
              case "/missing":
                return new MockResponse.Builder().code(404).body("{\"error\":\"missing\"}").build();
              case "/busy":
                return new MockResponse.Builder()
                    .code(503)
                    .setHeader("Retry-After", "0")
                    .body("busy")
                    .build();
              case "/malformed":
                return new MockResponse.Builder().body("{\"id\": ").build();
              case "/reset":
                return BIG_BODY;
              case "/stall":
                return new MockResponse.Builder()
                    .onResponseStart(SocketEffect.Stall.INSTANCE)
                    .build();
              case "/empty":
                return new MockResponse.Builder().code(204).build();
              default:
                return new MockResponse.Builder().body("{\"ok\":true}").build();
            }
          }
        });
  }

  @Test
  void okHttpReportsAResponseLeftOpenAsLeaked() throws IOException {
    int before = OkHttpLog.count();
    Container container =
        Container.builder().name(Running.NAME).modules(new HttpModule()).build().start();
    try {
      OkHttpClient client = container.getInstance(HttpSession.class).client();
      openAndForget(client);

      await()
          .atMost(Duration.ofSeconds(20))
          .until(
              () -> {
                System.gc();
                trigger(client);
                return OkHttpLog.since(before).stream()
                    .anyMatch(warning -> warning.contains("was leaked"));
              });
    } finally {
      container.stop();
    }
  }

  @Test
  void noPathOfTheApiClientLeavesAResponseOpen() throws Exception {
    int before = OkHttpLog.count();
    try (Running app =
        Running.start(
            new HttpModule(HttpSettings.builder().readTimeout(Duration.ofMillis(100)).build()),
            new ApiModule(
                ApiSettings.builder()
                    .baseUrl(Running.baseUrl(server))
                    .maxAttempts(2)
                    .initialBackoff(Duration.ofMillis(1))
                    .build()))) {
      ApiClient api = app.get(ApiClient.class);
      for (String path :
          new String[] {"ok", "missing", "busy", "malformed", "reset", "stall", "empty"}) {
        catchThrowable(() -> api.get(path, JsonNode.class));
        catchThrowable(() -> api.get(path, Void.class));
        catchThrowable(() -> api.post(path, Map.of("a", 1), JsonNode.class));
        catchThrowable(() -> api.getAsync(path, JsonNode.class).get(5, TimeUnit.SECONDS));
        catchThrowable(() -> api.deleteAsync(path).get(5, TimeUnit.SECONDS));
      }
      CompletableFuture<JsonNode> cancelled = api.getAsync("stall", JsonNode.class);
      server.takeRequest(5, TimeUnit.SECONDS);
      cancelled.cancel(true);
      await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> app.connector().dispatcher().runningCallsCount() == 0);

      OkHttpClient client = app.get(HttpSession.class).client();
      for (int round = 0; round < 3; round++) {
        System.gc();
        trigger(client);
      }

      assertThat(OkHttpLog.since(before)).isEmpty();
      assertThat(app.connector().connectionPool().connectionCount())
          .isEqualTo(app.connector().connectionPool().idleConnectionCount());
    }
  }

  /** Executes a call and drops its response without closing it; nothing on the stack keeps it. */
  private void openAndForget(OkHttpClient client) throws IOException {
    Response response =
        client.newCall(new Request.Builder().url(Running.baseUrl(server) + "ok").build()).execute();
    assertThat(response.code()).isEqualTo(200);
  }

  /** A call whose connection, once idle, makes the pool run its clean-up, where leaks are found. */
  private void trigger(OkHttpClient client) throws IOException {
    try (Response response =
        client
            .newCall(new Request.Builder().url(Running.baseUrl(server) + "ok").build())
            .execute()) {
      response.body().string();
    }
  }
}
