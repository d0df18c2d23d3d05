package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** What each return type of a service method gives, on success and on an answer outside 2xx. */
class ReturnKindsTest {
  @StartStop MockWebServer server = new MockWebServer();

  private Running app;
  private SiteApi site;

  @BeforeEach
  void start() {
    app =
        Running.start(
            RetrofitModule.of(
                SiteApi.class,
                ApiSettings.builder().baseUrl(Running.baseUrl(server) + "v1/").build()));
    site = app.get(SiteApi.class);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void answer(int status, String body) {
    server.enqueue(
        new MockResponse.Builder()
            .code(status)
            .setHeader("Content-Type", "application/json")
            .body(body)
            .build());
  }

  @Test
  void aPlainTypeIsTheDecodedBody() throws InterruptedException {
    answer(200, "{\"id\":7,\"text\":\"stand up\",\"extra\":true}");

    assertThat(site.reminder(7L)).isEqualTo(new Reminder(7, "stand up"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/reminders/7");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void aGenericTypeIsDecodedWithItsTypeArguments() {
    answer(200, "[{\"id\":1,\"text\":\"a\"},{\"id\":2,\"text\":\"b\"}]");

    assertThat(site.reminders("now")).containsExactly(new Reminder(1, "a"), new Reminder(2, "b"));
  }

  @Test
  void voidAndNoContentGiveNull() {
    answer(204, "");
    answer(200, "{\"ignored\":true}");

    assertThat(site.delete(1)).isNull();
    assertThat(site.delete(2)).isNull();
  }

  @Test
  void aBodyIsWrittenAsJsonWithTheSettingsMapper() throws InterruptedException {
    answer(201, "{\"id\":9,\"text\":\"new\"}");

    assertThat(site.create(new Reminder(0, "new"))).isEqualTo(new Reminder(9, "new"));

    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getBody().utf8()).isEqualTo("{\"id\":0,\"text\":\"new\"}");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
  }

  @Test
  void aResponseCarriesTheDecodedBodyOfA2xxAnswer() {
    answer(200, "{\"id\":7,\"text\":\"stand up\"}");

    Response<Reminder> response = site.reminderResponse(7);

    assertThat(response.isSuccessful()).isTrue();
    assertThat(response.code()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(new Reminder(7, "stand up"));
    assertThat(response.headers().get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void aResponseCarriesTheErrorBodyOfAnAnswerOutside2xx() throws IOException {
    answer(404, "{\"error\":\"no such reminder\"}");

    Response<Reminder> response = site.reminderResponse(7);

    assertThat(response.isSuccessful()).isFalse();
    assertThat(response.code()).isEqualTo(404);
    assertThat(response.body()).isNull();
    assertThat(response.errorBody().string()).isEqualTo("{\"error\":\"no such reminder\"}");
  }

  @Test
  void aCompletableFutureCompletesWithTheDecodedBody() throws Exception {
    answer(200, "{\"id\":7,\"text\":\"stand up\"}");

    CompletableFuture<Reminder> future = site.reminderAsync(7);

    assertThat(future.get(5, TimeUnit.SECONDS)).isEqualTo(new Reminder(7, "stand up"));
  }

  @Test
  void aCompletableFutureOfAResponseCompletesWithTheErrorResponse() throws Exception {
    answer(409, "taken");

    Response<Reminder> response = site.reminderResponseAsync(7).get(5, TimeUnit.SECONDS);

    assertThat(response.code()).isEqualTo(409);
    assertThat(response.errorBody().string()).isEqualTo("taken");
  }

  @Test
  void aCallIsExecutedOnTheCallersThread() throws IOException {
    answer(200, "{\"id\":7,\"text\":\"stand up\"}");
    answer(404, "gone");
    Call<Reminder> call = site.reminderCall(7);

    Response<Reminder> response = call.execute();
    Response<Reminder> error = call.clone().execute();

    assertThat(call.isExecuted()).isTrue();
    assertThat(response.body()).isEqualTo(new Reminder(7, "stand up"));
    assertThat(error.code()).isEqualTo(404);
    assertThat(error.errorBody().string()).isEqualTo("gone");
  }

  @Test
  void aCallIsEnqueuedWithItsCallback() throws Exception {
    answer(200, "{\"id\":7,\"text\":\"stand up\"}");
    CompletableFuture<Response<Reminder>> delivered = new CompletableFuture<>();

    site.reminderCall(7)
        .enqueue(
            new Callback<>() {
              @Override
              public void onResponse(Call<Reminder> call, Response<Reminder> response) {
                delivered.complete(response);
              }

              @Override
              public void onFailure(Call<Reminder> call, Throwable failure) {
                delivered.completeExceptionally(failure);
              }
            });

    assertThat(delivered.get(5, TimeUnit.SECONDS).body()).isEqualTo(new Reminder(7, "stand up"));
  }

  @Test
  void aCallsRequestCarriesTheHeadersItIsSentWith() {
    Call<Reminder> call = site.reminderCall(7);

    assertThat(call.request().url().toString())
        .isEqualTo(Running.baseUrl(server) + "v1/reminders/7");
    assertThat(call.request().header("Accept")).isEqualTo("application/json");
    assertThat(call.isExecuted()).isFalse();
  }

  @Test
  void aUrlOnTheBaseUrlsHostIsCalled() throws InterruptedException {
    answer(200, "{\"id\":3,\"text\":\"next page\"}");

    assertThat(site.at(Running.baseUrl(server) + "v2/reminders/3"))
        .isEqualTo(new Reminder(3, "next page"));
    assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v2/reminders/3");
  }

  @Test
  void theServiceNamesItselfAndItsBaseUrl() {
    assertThat(site.toString())
        .isEqualTo("Retrofit service SiteApi[" + Running.baseUrl(server) + "v1/]");
    assertThat(site).isEqualTo(site).isNotEqualTo(List.of());
  }
}
