package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogwheel.okhttp.ApiException;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
import retrofit2.Response;

/** Which calls of a service are tried again, on what, and after what wait: as ApiClient's. */
class RetriesTest {
  private static final String REMINDER = "{\"id\":7,\"text\":\"x\"}";

  @StartStop MockWebServer server = new MockWebServer();

  private Running app;
  private SiteApi site;

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
    app = Running.start(RetrofitModule.of(SiteApi.class, settings));
    site = app.get(SiteApi.class);
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

  private void dropConnection() {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(new SocketEffect.CloseSocket(true, true, true))
            .build());
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 502, 503, 504})
  void getIsRetriedAfterAnAnswerWorthRetrying(int status) {
    answer(status, "busy");
    answer(200, REMINDER);

    assertThat(site.reminder(7L)).isEqualTo(new Reminder(7, "x"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 404, 409, 500, 501})
  void otherStatusesAreNotRetried(int status) {
    answer(status, "no");
    answer(200, REMINDER);

    ApiException e = catchThrowableOfType(ApiException.class, () -> site.reminder(7L));

    assertThat(e.status()).isEqualTo(status);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aDroppedConnectionIsRetriedForGet() {
    dropConnection();
    dropConnection();
    answer(200, REMINDER);

    assertThat(site.reminder(7L)).isEqualTo(new Reminder(7, "x"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void putAndDeleteAreRetried() {
    answer(503, "busy");
    answer(200, REMINDER);
    answer(502, "busy");
    answer(204, "");

    site.replace(7, new Reminder(7, "x"));
    site.delete(7);

    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void postIsNeverRetried() {
    answer(503, "busy");
    answer(200, REMINDER);

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> site.create(new Reminder(0, "x")));

    assertThat(e.status()).isEqualTo(503);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void patchIsNeverRetried() {
    answer(429, "0", "slow down");
    answer(200, REMINDER);

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> site.amend(7, new Reminder(7, "y")));

    assertThat(e.status()).isEqualTo(429);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aPostIsNotSentAgainWhenAPooledConnectionDropsAfterTheRequest() {
    answer(200, REMINDER);
    dropConnection();
    answer(200, REMINDER);
    site.reminder(7L);

    assertThat(catchThrowable(() -> site.create(new Reminder(0, "x"))))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void attemptsStopAtMaxAttemptsWithTheLastAnswer() {
    answer(503, "one");
    answer(503, "two");
    answer(503, "three");
    answer(200, REMINDER);

    ApiException e = catchThrowableOfType(ApiException.class, () -> site.reminder(7L));

    assertThat(e.body()).isEqualTo("three");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void retryAfterWithinTheBoundIsHonoured() {
    answer(429, "0", "slow down");
    answer(200, REMINDER);

    assertThat(site.reminder(7L)).isEqualTo(new Reminder(7, "x"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterBeyondMaxRetryAfterFailsAtOnce() {
    answer(503, "3600", "come back in an hour");
    answer(200, REMINDER);

    ApiException e = catchThrowableOfType(ApiException.class, () -> site.reminder(7L));

    assertThat(e.status()).isEqualTo(503);
    assertThat(e.body()).isEqualTo("come back in an hour");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aResponseIsRetriedAndEndsWithTheLastAnswer() throws IOException {
    answer(503, "one");
    answer(503, "two");
    answer(503, "three");

    Response<Reminder> response = site.reminderResponse(7);

    assertThat(response.code()).isEqualTo(503);
    assertThat(response.errorBody().string()).isEqualTo("three");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aCallIsRetried() throws IOException {
    answer(502, "busy");
    answer(200, REMINDER);

    assertThat(site.reminderCall(7).execute().body()).isEqualTo(new Reminder(7, "x"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void anAsyncGetIsRetried() throws Exception {
    answer(503, "busy");
    answer(502, "busy");
    answer(200, REMINDER);

    assertThat(site.reminderAsync(7).get(5, TimeUnit.SECONDS)).isEqualTo(new Reminder(7, "x"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void anAsyncPostIsNeverRetried() {
    answer(503, "busy");
    answer(200, REMINDER);

    Throwable e =
        catchThrowable(() -> site.createAsync(new Reminder(0, "x")).get(5, TimeUnit.SECONDS));

    assertThat(e).isInstanceOf(ExecutionException.class).cause().isInstanceOf(ApiException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
