package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which calls are tried again, on what, how often, and after what wait. */
class ApiClientRetriesTest {
  @StartStop MockWebServer server = new MockWebServer();

  private Running app;
  private ApiClient api;

  @BeforeEach
  void start() {
    ApiSettings settings =
        ApiSettings.builder()
            .baseUrl(Running.baseUrl(server))
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(1))
            .maxBackoff(Duration.ofMillis(4))
            .maxRetryAfter(Duration.ofSeconds(30))
            .build();
    app = Running.start(new ApiModule(settings));
    api = app.get(ApiClient.class);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  private void answer(int status, String retryAfter, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Retry-After", retryAfter)
            .body(body)
            .build());
  }

  private static String httpDate(ZonedDateTime time) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(time.withZoneSameInstant(ZoneOffset.UTC));
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void getIsRetriedAfterAnAnswerWorthRetrying(int status) {
    answer(status, "busy");
    answer(200, "{\"ok\":true}");

    assertThat(api.get("things", JsonNode.class).get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 409, 500, 501})
  void otherStatusesAreNotRetried(int status) {
    answer(status, "no");
    answer(200, "{}");

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> api.get("things", JsonNode.class));

    assertThat(e.status()).isEqualTo(status);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void putAndDeleteAreRetried() {
    answer(503, "busy");
    answer(200, "{}");
    answer(502, "busy");
    answer(204, "");

    api.put("things/1", Map.of("a", 1), JsonNode.class);
    api.delete("things/1");

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void postIsNeverRetried() {
    answer(503, "busy");
    answer(200, "{}");

    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> api.post("things", Map.of("a", 1), JsonNode.class));

    assertThat(e.status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void patchIsNeverRetried() {
    answer(429, "0", "slow down");
    answer(200, "{}");

    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> api.patch("things/1", Map.of("a", 1), JsonNode.class));

    assertThat(e.status()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostIsNotSentAgainWhenAPooledConnectionDropsAfterTheRequest() {
    answer(200, "{}");
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());
    answer(200, "{}");
    api.get("warm-up", JsonNode.class);

    catchThrowableOfType(
        java.io.UncheckedIOException.class,
        () -> api.post("things", Map.of("a", 1), JsonNode.class));

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void attemptsStopAtMaxAttemptsWithTheLastAnswer() {
    answer(503, "one");
    answer(503, "two");
    answer(503, "three");
    answer(200, "{}");

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> api.get("things", JsonNode.class));

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.body()).isEqualTo("three");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aDroppedConnectionIsRetriedForGet() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());
    answer(200, "{\"ok\":true}");

    assertThat(api.get("things", JsonNode.class).get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retryAfterInSecondsWithinTheBoundIsHonoured() {
    answer(429, "0", "slow down");
    answer(200, "{}");

    api.get("things", JsonNode.class);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterAsAnHttpDateInThePastMeansRetryNow() {
    answer(503, httpDate(ZonedDateTime.now().minusMinutes(1)), "busy");
    answer(200, "{}");

    api.get("things", JsonNode.class);

    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterBeyondMaxRetryAfterFailsAtOnceInSeconds() {
    answer(503, "3600", "come back in an hour");
    answer(200, "{}");

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> api.get("things", JsonNode.class));

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.body()).isEqualTo("come back in an hour");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retryAfterBeyondMaxRetryAfterFailsAtOnceAsAnHttpDate() {
    answer(429, httpDate(ZonedDateTime.now().plusHours(1)), "tomorrow");
    answer(200, "{}");

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> api.get("things", JsonNode.class));

    assertThat(e.status()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void asyncGetIsRetried() throws Exception {
    answer(503, "busy");
    answer(502, "busy");
    answer(200, "{\"ok\":true}");

    JsonNode answer = api.getAsync("things", JsonNode.class).get(5, TimeUnit.SECONDS);

    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void asyncPostIsNeverRetried() {
    answer(503, "busy");
    answer(200, "{}");

    ExecutionException e =
        catchThrowableOfType(
            ExecutionException.class,
            () -> api.postAsync("things", List.of(1), JsonNode.class).get(5, TimeUnit.SECONDS));

    assertThat(e.getCause()).isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
