package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** What a call that does not succeed throws, and what its exception says. */
class ApiClientErrorsTest {
  record User(int id, String name) {}

  @StartStop MockWebServer server = new MockWebServer();

  @AutoClose private Running app;

  private ApiClient client(ApiSettings.Builder settings, HttpSettings http) {
    app = Running.start(new HttpModule(http), new ApiModule(settings.build()));
    return app.get(ApiClient.class);
  }

  private ApiClient client(int maxAttempts) {
    return client(
        ApiSettings.builder()
            .baseUrl(Running.baseUrl(server))
            .maxAttempts(maxAttempts)
            .initialBackoff(Duration.ofMillis(1)),
        HttpSettings.defaults());
  }

  private String url(String path) {
    return Running.baseUrl(server) + path;
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @Test
  void aClientErrorThrowsApiExceptionWithStatusMethodUrlAndBody() {
    ApiClient api = client(3);
    answer(404, "{\"error\":\"no such user\"}");

    ApiException e = catchThrowableOfType(ApiException.class, () -> api.get("users/7", User.class));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(url("users/7"));
    assertThat(e.body()).isEqualTo("{\"error\":\"no such user\"}");
    assertThat(e)
        .hasMessage("GET " + url("users/7") + " returned 404: {\"error\":\"no such user\"}");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aServerErrorThrowsApiException() {
    ApiClient api = client(3);
    answer(500, "boom");

    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> api.post("users", new User(1, "a"), User.class));

    assertThat(e).hasMessage("POST " + url("users") + " returned 500: boom");
    assertThat(e.status()).isEqualTo(500);
  }

  @Test
  void theQueryIsPartOfTheUrlInTheException() {
    ApiClient api = client(3);
    answer(400, "");

    ApiException e =
        catchThrowableOfType(
            ApiException.class,
            () -> api.get("users", java.util.Map.of("page", 0), JsonNode.class));

    assertThat(e).hasMessage("GET " + url("users?page=0") + " returned 400");
    assertThat(e.body()).isEmpty();
  }

  @Test
  void theBodyOfAnErrorIsCutToABoundedExcerpt() {
    ApiClient api = client(3);
    answer(500, "x".repeat(100_000));

    ApiException e = catchThrowableOfType(ApiException.class, () -> api.get("big", JsonNode.class));

    assertThat(e.body()).hasSize(ApiException.MAX_BODY_CHARS).isEqualTo("x".repeat(1023) + "…");
  }

  @Test
  void theAsyncVariantFailsWithTheSameException() {
    ApiClient api = client(3);
    answer(404, "gone");

    ExecutionException e =
        catchThrowableOfType(
            ExecutionException.class,
            () -> api.getAsync("users/7", User.class).get(5, TimeUnit.SECONDS));

    assertThat(e.getCause())
        .isInstanceOf(ApiException.class)
        .hasMessage("GET " + url("users/7") + " returned 404: gone");
  }

  @Test
  void malformedJsonNamesTheEndpointAndWhereParsingFailed() {
    ApiClient api = client(3);
    answer(200, "{\"id\": 7,\n \"name\": }");

    ApiDecodingException e =
        catchThrowableOfType(ApiDecodingException.class, () -> api.get("users/7", User.class));

    assertThat(e)
        .hasMessage(
            "GET "
                + url("users/7")
                + " returned a body that is not valid JSON for User: Unexpected character ('}'"
                + " (code 125)): expected a value at line 2, column 10")
        .hasCauseInstanceOf(JsonParseException.class);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(url("users/7"));
  }

  @Test
  void jsonOfTheWrongShapeNamesThePathWhereDecodingFailed() {
    ApiClient api = client(3);
    answer(200, "[{\"id\":1,\"name\":\"a\"},{\"id\":\"two\",\"name\":\"b\"}]");

    ApiDecodingException e =
        catchThrowableOfType(ApiDecodingException.class, () -> api.get("users", User[].class));

    assertThat(e)
        .hasMessage(
            "GET "
                + url("users")
                + " returned a body that is not valid JSON for User[]: Cannot deserialize value of"
                + " type `int` from String \"two\": not a valid `int` value at line 1, column 28"
                + " (path: [1].id)")
        .hasCauseInstanceOf(InvalidFormatException.class);
  }

  @Test
  void aReadTimeoutNamesMethodAndUrl() {
    ApiClient api =
        client(
            ApiSettings.builder().baseUrl(Running.baseUrl(server)).maxAttempts(1),
            HttpSettings.builder().readTimeout(Duration.ofMillis(200)).build());
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    UncheckedIOException e =
        catchThrowableOfType(UncheckedIOException.class, () -> api.get("slow", JsonNode.class));

    // OkHttp says "timeout" or the socket's "Read timed out", depending on which timer fires first.
    assertThat(e.getMessage())
        .matches(
            "GET "
                + url("slow")
                + " failed: java.net.SocketTimeoutException: (timeout|Read timed out)");
    assertThat(e).hasCauseInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aRefusedConnectionNamesMethodUrlAndAttempts() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }
    String base = "http://127.0.0.1:" + port + "/";
    ApiClient api =
        client(
            ApiSettings.builder().baseUrl(base).maxAttempts(2).initialBackoff(Duration.ofMillis(1)),
            HttpSettings.defaults());

    UncheckedIOException e =
        catchThrowableOfType(UncheckedIOException.class, () -> api.get("things", JsonNode.class));

    assertThat(e.getMessage())
        .startsWith(
            "GET "
                + base
                + "things failed after 2 attempts: java.net.ConnectException: Failed to connect"
                + " to");
    assertThat(e).hasCauseInstanceOf(ConnectException.class);
  }

  @Test
  void aConnectionResetMidBodyIsRetriedForGet() {
    ApiClient api = client(3);
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":1,\"name\":\"" + "a".repeat(64 * 1024) + "\"}")
            .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
            .build());
    answer(200, "{\"id\":1,\"name\":\"b\"}");

    assertThat(api.get("users/1", User.class)).isEqualTo(new User(1, "b"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void aConnectionResetMidBodyFailsAPostWithoutRetry() {
    ApiClient api = client(3);
    server.enqueue(
        new MockResponse.Builder()
            .body("{\"id\":1,\"name\":\"" + "a".repeat(64 * 1024) + "\"}")
            .onResponseBody(new SocketEffect.CloseSocket(true, true, true))
            .build());
    answer(200, "{\"id\":1,\"name\":\"b\"}");

    UncheckedIOException e =
        catchThrowableOfType(
            UncheckedIOException.class, () -> api.post("users", new User(1, "a"), User.class));

    assertThat(e.getMessage()).startsWith("POST " + url("users") + " failed: ");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
