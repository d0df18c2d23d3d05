package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.cogwheel.okhttp.ApiDecodingException;
import dev.cogwheel.okhttp.ApiException;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.HttpModule;
import dev.cogwheel.okhttp.HttpSettings;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
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

/** How each kind of failure reaches the caller: the same exceptions as ApiClient's. */
class FailuresTest {
  @StartStop MockWebServer server = new MockWebServer();

  private Running app;
  private SiteApi site;
  private String base;

  @BeforeEach
  void start() {
    base = Running.baseUrl(server);
    app =
        Running.start(
            new HttpModule(HttpSettings.builder().readTimeout(Duration.ofMillis(300)).build()),
            RetrofitModule.of(
                SiteApi.class, ApiSettings.builder().baseUrl(base).maxAttempts(1).build()));
    site = app.get(SiteApi.class);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status).body(body).build());
  }

  @Test
  void anAnswerOutside2xxThrowsApiExceptionWithStatusMethodUrlAndBody() {
    answer(404, "{\"error\":\"no such reminder\"}");

    ApiException e = catchThrowableOfType(ApiException.class, () -> site.reminder(7L));

    assertThat(e.status()).isEqualTo(404);
    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(base + "reminders/7");
    assertThat(e.body()).isEqualTo("{\"error\":\"no such reminder\"}");
    assertThat(e)
        .hasMessage("GET " + base + "reminders/7 returned 404: {\"error\":\"no such reminder\"}");
  }

  @Test
  void aBodyThatIsNotTheJsonExpectedThrowsApiDecodingException() {
    answer(200, "{\"id\":\"seven\",\"text\":\"x\"}");

    ApiDecodingException e =
        catchThrowableOfType(ApiDecodingException.class, () -> site.reminder(7L));

    assertThat(e.method()).isEqualTo("GET");
    assertThat(e.url()).isEqualTo(base + "reminders/7");
    assertThat(e.getMessage())
        .startsWith(
            "GET "
                + base
                + "reminders/7 returned a body that is not valid JSON for Reminder: Cannot"
                + " deserialize value of type `long` from String \"seven\"")
        .endsWith("(path: id)");
    assertThat(e).hasCauseInstanceOf(InvalidFormatException.class);
  }

  @Test
  void aTimeoutThrowsUncheckedIoExceptionNamingMethodAndUrl() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    UncheckedIOException e =
        catchThrowableOfType(UncheckedIOException.class, () -> site.reminder(7L));

    assertThat(e.getMessage())
        .matches(
            "GET "
                + base
                + "reminders/7 failed: java.net.SocketTimeoutException: (timeout|Read timed out)");
    assertThat(e).hasCauseInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aFutureFailsWithTheExceptionTheBlockingFormThrows() {
    answer(503, "busy");

    Throwable e = catchThrowable(() -> site.reminderAsync(7).get(5, TimeUnit.SECONDS));

    assertThat(e)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(ApiException.class)
        .hasMessage("GET " + base + "reminders/7 returned 503: busy");
  }

  @Test
  void aCallThrowsItsIoFailureAsIoException() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    Throwable e = catchThrowable(() -> site.reminderCall(7).execute());

    assertThat(e).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aCallIsExecutedOnlyOnce() throws IOException {
    answer(200, "{\"id\":7,\"text\":\"x\"}");
    var call = site.reminderCall(7);
    call.execute();

    assertThat(catchThrowable(call::execute))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Already executed.");
  }

  @Test
  void aCancelledCallIsNotSent() {
    var call = site.reminderCall(7);
    call.cancel();

    assertThat(catchThrowable(call::execute))
        .isInstanceOf(java.util.concurrent.CancellationException.class)
        .hasMessage("GET " + base + "reminders/7 was cancelled: the call was cancelled");
    assertThat(call.isCanceled()).isTrue();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void anArgumentRetrofitRefusesThrowsIllegalArgumentExceptionNamingTheService() {
    assertThat(catchThrowable(() -> site.reminder(null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Retrofit service SiteApi: the request cannot be built: Path parameter \"id\" value"
                + " must not be null.");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBodyThatCannotBeWrittenAsJsonThrowsIllegalArgumentException() {
    assertThat(catchThrowable(() -> site.send(new Object())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Retrofit service SiteApi: the request cannot be built: Unable to convert"
                + " java.lang.Object@")
        .hasMessageContaining(
            "to RequestBody (parameter 'body')\n    for method SiteApi.send: No serializer found for"
                + " class java.lang.Object");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aUrlOffTheBaseUrlsHostIsRefused() {
    String elsewhere = "http://localhost:" + server.getPort() + "/steal";

    assertThat(catchThrowable(() -> site.at(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "GET "
                + elsewhere
                + ": not on the base URL's host "
                + base
                + ", where the calls of this client go");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aFailureLeavesTheServiceUsable() {
    answer(500, "oops");
    answer(200, "{\"id\":7,\"text\":\"x\"}");

    catchThrowable(() -> site.reminder(7L));

    assertThat(site.reminder(7L)).isEqualTo(new Reminder(7, "x"));
  }
}
