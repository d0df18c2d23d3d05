package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The token is sent, and never shown: not in messages, excerpts, toString() or the log. */
class TokenSecrecyTest {
  record User(int id, String name) {}

  private final String token = "tok-" + UUID.randomUUID();

  @StartStop MockWebServer server = new MockWebServer();

  @AutoClose private Running app;

  private ApiSettings.Builder settings(String baseUrl) {
    return ApiSettings.builder()
        .baseUrl(baseUrl)
        .token(token)
        .maxAttempts(2)
        .initialBackoff(Duration.ofMillis(1));
  }

  private ApiClient client(ApiSettings.Builder settings) {
    app = Running.start(new ApiModule(settings.build()));
    return app.get(ApiClient.class);
  }

  @Test
  void theTokenIsSentAsABearerAuthorizationHeader() throws Exception {
    ApiClient api = client(settings(Running.baseUrl(server)));
    server.enqueue(new MockResponse.Builder().body("{}").build());

    api.get("me", JsonNode.class);

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + token);
  }

  @Test
  void theSchemeIsConfigurable() throws Exception {
    ApiClient api = client(settings(Running.baseUrl(server)).tokenScheme("Token"));
    server.enqueue(new MockResponse.Builder().body("{}").build());

    api.get("me", JsonNode.class);

    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
        .isEqualTo("Token " + token);
  }

  @Test
  void anErrorBodyThatEchoesTheTokenIsRedacted() {
    ApiClient api = client(settings(Running.baseUrl(server)));
    server.enqueue(
        new MockResponse.Builder().code(401).body("bad credentials: Bearer " + token).build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> api.get("me", JsonNode.class));

    assertThat(e.body()).isEqualTo("bad credentials: Bearer <redacted>");
    assertThat(e.getMessage()).doesNotContain(token);
    assertThat(e.toString()).doesNotContain(token);
  }

  @Test
  void aDecodingFailureOverABodyThatHoldsTheTokenIsRedactedAndDropsJacksonsMessage() {
    ApiClient api = client(settings(Running.baseUrl(server)));
    server.enqueue(
        new MockResponse.Builder().body("{\"id\":\"" + token + "\",\"name\":\"a\"}").build());

    ApiDecodingException e =
        catchThrowableOfType(ApiDecodingException.class, () -> api.get("me", User.class));

    assertThat(e.getMessage()).doesNotContain(token).contains("from String \"<redacted>\"");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void anIoFailureDoesNotShowTheToken() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }
    ApiClient api = client(settings("http://127.0.0.1:" + port + "/"));

    Throwable e = catchThrowable(() -> api.get("me", JsonNode.class));

    assertThat(e).isInstanceOf(UncheckedIOException.class);
    assertThat(everyMessageOf(e)).doesNotContain(token);
  }

  @Test
  void toStringOfTheSettingsAndTheClientDoesNotShowTheToken() {
    ApiClient api = client(settings(Running.baseUrl(server)));

    assertThat(settings(Running.baseUrl(server)).build().toString())
        .doesNotContain(token)
        .contains("token=<redacted>");
    assertThat(api.toString()).isEqualTo("ApiClient[" + Running.baseUrl(server) + "]");
  }

  @Test
  void anInvalidTokenIsRefusedWithoutShowingIt() {
    assertThatThrownBy(() -> ApiSettings.builder().token("two words " + token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ApiSettings.token must be printable ASCII without spaces (value not shown)");
  }

  @Test
  void aBaseUrlThatContainsTheTokenIsRedactedInTheStartupError() {
    Container container =
        Container.builder()
            .name(Running.NAME)
            .modules(new ApiModule(settings("ftp://example.com/" + token).build()))
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(everyMessageOf(e))
        .doesNotContain(token)
        .contains("got 'ftp://example.com/<redacted>'");
  }

  @Test
  void retriesAreLoggedWithoutTheToken() throws IOException {
    ApiClient api = client(settings(Running.baseUrl(server)));
    server.enqueue(new MockResponse.Builder().code(503).body("busy " + token).build());
    server.enqueue(new MockResponse.Builder().body("{}").build());

    api.get("retried", JsonNode.class);

    String logFile = System.getProperty("org.slf4j.simpleLogger.logFile");
    assertThat(logFile).as("surefire sends slf4j-simple's output to a file").isNotNull();
    String log = Files.readString(Path.of(logFile), StandardCharsets.UTF_8);
    assertThat(log)
        .contains(
            "ApiClient: GET "
                + Running.baseUrl(server)
                + "retried answered 503 on attempt 1 of 2; retrying in ")
        .doesNotContain(token);
  }

  private static String everyMessageOf(Throwable failure) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t).append('\n');
      for (Throwable suppressed : t.getSuppressed()) {
        messages.append(everyMessageOf(suppressed));
      }
    }
    return messages.toString();
  }
}
