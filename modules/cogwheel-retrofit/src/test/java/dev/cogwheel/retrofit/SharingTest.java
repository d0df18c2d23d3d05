package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.metrics.MetricsModule;
import dev.cogwheel.metrics.http.HttpMetricNames;
import dev.cogwheel.metrics.http.HttpMetricsModule;
import dev.cogwheel.okhttp.ApiClient;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.Connector;
import dev.cogwheel.okhttp.HttpModule;
import dev.cogwheel.okhttp.HttpSession;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Services and API clients on one connector and session, whose contributed interceptors, event
 * listeners and HTTP metrics see every call.
 */
class SharingTest {
  private static final String REMINDER = "{\"id\":7,\"text\":\"x\"}";

  @StartStop MockWebServer server = new MockWebServer();

  private final AtomicInteger callsStarted = new AtomicInteger();
  private Running app;
  private String base;

  @BeforeEach
  void start() {
    base = Running.baseUrl(server);
    app =
        Running.start(
            new MetricsModule(),
            new HttpMetricsModule(),
            RetrofitModule.of(SiteApi.class, ApiSettings.builder().baseUrl(base + "a/").build()),
            RetrofitModule.named(
                "b", SiteApi.class, ApiSettings.builder().baseUrl(base + "b/").build()),
            new ApiModule(ApiSettings.builder().baseUrl(base + "c/").build()),
            new AbstractModule() {
              @Override
              protected void configure() {
                HttpModule.interceptors(binder())
                    .addBinding()
                    .toInstance(
                        chain ->
                            chain.proceed(
                                chain.request().newBuilder().header("X-Seen", "yes").build()));
                HttpModule.eventListenerFactories(binder())
                    .addBinding()
                    .toInstance(
                        call ->
                            new EventListener() {
                              @Override
                              public void callStart(Call call) {
                                callsStarted.incrementAndGet();
                              }
                            });
              }
            });
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private List<Component> components(Class<?> type) {
    return app.container.components().stream()
        .filter(c -> c.key().getTypeLiteral().getRawType() == type)
        .collect(Collectors.toList());
  }

  @Test
  void twoServicesAndAnApiClientShareOneConnectorAndSession() throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().body(REMINDER).build());
    }

    app.get(SiteApi.class).reminder(7L);
    app.get(Key.get(SiteApi.class, Names.named("b"))).reminder(7L);
    app.get(ApiClient.class).get("reminders/7", JsonNode.class);

    assertThat(components(Connector.class)).hasSize(1);
    assertThat(components(HttpSession.class)).hasSize(1);
    assertThat(components(SiteApi.class))
        .extracting(Component::key)
        .containsExactlyInAnyOrder(
            Key.get(SiteApi.class), Key.get(SiteApi.class, Names.named("b")));
    assertThat(app.get(SiteApi.class))
        .isNotSameAs(app.get(Key.get(SiteApi.class, Names.named("b"))));
    List<String> paths =
        List.of(
            take().getUrl().encodedPath(),
            take().getUrl().encodedPath(),
            take().getUrl().encodedPath());
    assertThat(paths).containsExactly("/a/reminders/7", "/b/reminders/7", "/c/reminders/7");
    assertThat(app.get(SiteApi.class).toString())
        .isEqualTo("Retrofit service SiteApi[" + base + "a/]");
    assertThat(app.get(Key.get(SiteApi.class, Names.named("b"))).toString())
        .isEqualTo("Retrofit service SiteApi 'b'[" + base + "b/]");
  }

  @Test
  void contributedInterceptorsAndEventListenersSeeEveryAttempt() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).body("busy").build());
    server.enqueue(new MockResponse.Builder().body(REMINDER).build());
    server.enqueue(new MockResponse.Builder().body(REMINDER).build());

    assertThat(app.get(SiteApi.class).reminder(7L)).isEqualTo(new Reminder(7, "x"));
    app.get(SiteApi.class).reminderAsync(7).get(5, TimeUnit.SECONDS);

    for (int i = 0; i < 3; i++) {
      assertThat(take().getHeaders().get("X-Seen")).isEqualTo("yes");
    }
    assertThat(callsStarted).hasValue(3);
  }

  @Test
  void theHttpMetricsCountTheServicesCalls() {
    server.enqueue(new MockResponse.Builder().body(REMINDER).build());
    server.enqueue(new MockResponse.Builder().code(404).body("no").build());

    app.get(SiteApi.class).reminder(7L);
    app.get(SiteApi.class).reminderResponse(8);

    MetricRegistry registry = app.get(MetricRegistry.class);
    String host = server.getSocketAddress().getAddress().getHostAddress();
    assertThat(registry.timer(HttpMetricNames.requests(host, "GET", 200)).getCount()).isEqualTo(1);
    assertThat(registry.timer(HttpMetricNames.requests(host, "GET", 404)).getCount()).isEqualTo(1);
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }
}
