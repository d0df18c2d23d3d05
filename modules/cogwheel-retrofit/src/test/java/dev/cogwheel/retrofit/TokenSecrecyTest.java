package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogwheel.okhttp.ApiDecodingException;
import dev.cogwheel.okhttp.ApiException;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Response;

/** The token is sent, and never shown: not in messages, excerpts, toString() or the log. */
class TokenSecrecyTest {
  private final String token = "tok-" + UUID.randomUUID();

  @StartStop MockWebServer server = new MockWebServer();

  private Running app;
  private SiteApi site;
  private RetrofitModule module;

  @BeforeEach
  void start() {
    module =
        RetrofitModule.of(
            SiteApi.class,
            ApiSettings.builder()
                .baseUrl(Running.baseUrl(server))
                .token(token)
                .maxAttempts(2)
                .initialBackoff(Duration.ofMillis(1))
                .build());
    app = Running.start(module);
    site = app.get(SiteApi.class);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void theTokenIsSentAsABearerAuthorizationHeaderWithEveryKindOfCall() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().body("{\"id\":1,\"text\":\"x\"}").build());
    }

    site.reminder(1L);
    site.reminderResponse(1);
    site.reminderAsync(1).get(5, TimeUnit.SECONDS);
    site.reminderCall(1).execute();

    for (int i = 0; i < 4; i++) {
      assertThat(server.takeRequest(5, TimeUnit.SECONDS).getHeaders().get("Authorization"))
          .isEqualTo("Bearer " + token);
    }
  }

  @Test
  void anErrorBodyThatEchoesTheTokenIsRedacted() {
    server.enqueue(
        new MockResponse.Builder().code(401).body("bad credentials: Bearer " + token).build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> site.reminder(1L));

    assertThat(e.body()).isEqualTo("bad credentials: Bearer <redacted>");
    assertThat(e.getMessage()).doesNotContain(token);
  }

  @Test
  void aDecodingFailureThatQuotesTheTokenIsRedacted() {
    server.enqueue(
        new MockResponse.Builder().body("{\"id\":\"" + token + "\",\"text\":\"x\"}").build());

    ApiDecodingException e =
        catchThrowableOfType(ApiDecodingException.class, () -> site.reminder(1L));

    assertThat(e.getMessage()).doesNotContain(token).contains("<redacted>");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void aPathThatCarriesTheTokenIsRedactedInMessages() {
    server.enqueue(new MockResponse.Builder().code(404).body("").build());

    ApiException e =
        catchThrowableOfType(
            ApiException.class, () -> site.at(Running.baseUrl(server) + "keys/" + token));

    assertThat(e.url()).isEqualTo(Running.baseUrl(server) + "keys/<redacted>");
    assertThat(e.getMessage()).doesNotContain(token);
  }

  @Test
  void neitherTheServiceNorTheModuleNorACallNorAResponseShowsTheToken() {
    server.enqueue(new MockResponse.Builder().body("{\"id\":1,\"text\":\"x\"}").build());
    Call<Reminder> call = site.reminderCall(1);
    Response<Reminder> response = site.reminderResponse(1);

    assertThat(site.toString()).doesNotContain(token);
    assertThat(module.toString()).doesNotContain(token).contains("token=<redacted>");
    assertThat(call.toString()).doesNotContain(token);
    assertThat(call.request().toString()).doesNotContain(token);
    assertThat(response.toString()).doesNotContain(token);
    assertThat(response.raw().toString()).doesNotContain(token);
    assertThat(response.raw().request().toString()).doesNotContain(token);
  }

  @Test
  void theLogNeverShowsTheToken() throws IOException {
    server.enqueue(new MockResponse.Builder().code(503).body(token).build());
    server.enqueue(new MockResponse.Builder().code(503).body(token).build());

    catchThrowable(() -> site.reminder(1L));

    String log =
        Files.readString(
            Path.of(System.getProperty("org.slf4j.simpleLogger.logFile")), StandardCharsets.UTF_8);
    assertThat(log).contains("Retrofit service SiteApi: GET").doesNotContain(token);
  }
}
