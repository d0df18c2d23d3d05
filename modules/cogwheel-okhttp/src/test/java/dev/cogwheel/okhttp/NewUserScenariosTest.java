package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.cogwheel.Container;
import dev.cogwheel.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * Scenarios written as a new user would write them, from the README and the public names only:
 * HttpModule, HttpSettings, Connector, HttpSession, ApiModule, ApiSettings, ApiClient,
 * ApiException.
 */
class NewUserScenariosTest {
  public record Reminder(int id, String text) {}

  @StartStop MockWebServer site = new MockWebServer();
  @StartStop MockWebServer billing = new MockWebServer();

  /**
   * A site API of reminders under /api; it answers 404 to anything it does not know, PATCH
   * included.
   */
  private static Dispatcher siteApi(String token) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (!("Bearer " + token).equals(request.getHeaders().get("Authorization"))) {
          return new MockResponse.Builder().code(401).body("{\"error\":\"unauthorized\"}").build();
        }
        String path = request.getUrl().encodedPath();
        switch (request.getMethod() + " " + path) {
          case "GET /api/reminders/1":
            return json(200, "{\"id\":1,\"text\":\"stand up\"}");
          case "GET /api/reminders":
            return json(
                200,
                "[{\"id\":1,\"text\":\"stand up\"},{\"id\":2,\"text\":\""
                    + request.getUrl().queryParameter("q")
                    + "\"}]");
          case "POST /api/reminders":
            return json(201, "{\"id\":3,\"text\":\"drink water\"}");
          case "PUT /api/reminders/3":
            return json(200, request.getBody().utf8());
          case "DELETE /api/reminders/3":
            return new MockResponse.Builder().code(204).build();
          default:
            return json(404, "{\"error\":\"no such reminder\"}");
        }
      }
    };
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  private String url(MockWebServer server, String path) {
    return "http://127.0.0.1:" + server.getPort() + path;
  }

  @Test
  void aBotReadsWritesAndDeletesRemindersOnASiteApi() {
    site.setDispatcher(siteApi("s3cret"));
    ApiSettings settings =
        ApiSettings.builder().baseUrl(url(site, "/api")).token("s3cret").maxAttempts(3).build();

    try (Container bot =
        Container.builder()
            .name("bot")
            .modules(new HttpModule(), new ApiModule(settings))
            .build()
            .start()) {
      ApiClient api = bot.getInstance(ApiClient.class);

      assertThat(api.get("reminders/1", Reminder.class)).isEqualTo(new Reminder(1, "stand up"));
      assertThat(api.get("reminders", Map.of("q", "tea & cake"), Reminder[].class))
          .extracting(Reminder::text)
          .containsExactly("stand up", "tea & cake");
      Reminder created = api.post("reminders", new Reminder(0, "drink water"), Reminder.class);
      assertThat(created.id()).isEqualTo(3);
      assertThat(api.put("reminders/3", new Reminder(3, "drink more water"), Reminder.class).text())
          .isEqualTo("drink more water");
      api.delete("reminders/3");
      assertThatThrownBy(() -> api.patch("reminders/3", Map.of("text", "x"), Reminder.class))
          .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }
  }

  @Test
  void aWrongTokenIsAnApiExceptionWith401() {
    site.setDispatcher(siteApi("s3cret"));
    ApiSettings settings = ApiSettings.builder().baseUrl(url(site, "/api")).token("wrong").build();

    try (Container bot = Container.start(new ApiModule(settings))) {
      ApiClient api = bot.getInstance(ApiClient.class);

      assertThatThrownBy(() -> api.get("reminders/1", Reminder.class))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                assertThat(e.status()).isEqualTo(401);
                assertThat(e.method()).isEqualTo("GET");
                assertThat(e.url()).isEqualTo(url(site, "/api/reminders/1"));
                assertThat(e.body()).isEqualTo("{\"error\":\"unauthorized\"}");
                assertThat(e.getMessage()).doesNotContain("wrong");
              });
    }
  }

  /** A cog that polls the site from its first task, using the client it injected. */
  static final class ReminderCog {
    final List<Reminder> seen = new CopyOnWriteArrayList<>();
    private final ApiClient site;
    private final Tasks tasks;

    @Inject
    ReminderCog(@Named("site") ApiClient site, Tasks tasks) {
      this.site = site;
      this.tasks = tasks;
    }

    @PostConstruct
    void schedule() {
      tasks.scheduleWithFixedDelay(
          "poll-reminders",
          () -> seen.add(site.get("reminders/1", Reminder.class)),
          Duration.ZERO,
          Duration.ofMillis(10));
    }
  }

  @Test
  void aServiceTalksToTwoApisOverOneConnectorFromItsFirstTask() throws Exception {
    site.setDispatcher(siteApi("s3cret"));
    billing.enqueue(json(200, "{\"balance\":42}"));
    HttpSettings http =
        HttpSettings.builder().readTimeout(Duration.ofSeconds(5)).maxRequestsPerHost(8).build();

    try (Container service =
        Container.builder()
            .name("service")
            .modules(
                new HttpModule(http),
                ApiModule.named(
                    "site",
                    ApiSettings.builder().baseUrl(url(site, "/api/")).token("s3cret").build()),
                ApiModule.named(
                    "billing", ApiSettings.builder().baseUrl(url(billing, "/")).build()),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(ReminderCog.class).asEagerSingleton();
                  }
                })
            .build()
            .start()) {
      ApiClient billingApi = service.getInstance(Key.get(ApiClient.class, Names.named("billing")));
      CompletableFuture<JsonNode> balance = billingApi.getAsync("balance", JsonNode.class);
      ReminderCog cog = service.getInstance(ReminderCog.class);
      Connector connector = service.getInstance(Connector.class);

      assertThat(balance.get(5, TimeUnit.SECONDS).get("balance").asInt()).isEqualTo(42);
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(5))
          .until(() -> !cog.seen.isEmpty());
      assertThat(cog.seen.get(0)).isEqualTo(new Reminder(1, "stand up"));
      assertThat(connector.dispatcher().getMaxRequestsPerHost()).isEqualTo(8);
      assertThat(connector.connectionPool().connectionCount()).isGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void theSessionsClientServesPlainOkHttpCallsAndNothingIsLeftAfterStop() throws Exception {
    site.enqueue(new MockResponse.Builder().body("pong").build());
    Container container = Container.start(new HttpModule());
    HttpSession session = container.getInstance(HttpSession.class);
    Connector connector = container.getInstance(Connector.class);

    try (Response response =
        session.client().newCall(new Request.Builder().url(url(site, "/ping")).build()).execute()) {
      assertThat(response.body().string()).isEqualTo("pong");
    }
    container.stop();

    assertThat(connector.connectionPool().connectionCount()).isZero();
    org.awaitility.Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Running.threadsBesidesOkHttpShared(container).isEmpty());
    assertThatThrownBy(session::client).isInstanceOf(IllegalStateException.class);
  }
}
