package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** How HttpModule composes with itself and the API modules, and how the session is extended. */
class HttpModuleTest {
  @StartStop MockWebServer server = new MockWebServer();

  @AutoClose private Running app;

  private ApiSettings api(String path) {
    return ApiSettings.builder().baseUrl(Running.baseUrl(server) + path).build();
  }

  @Test
  void installingHttpModuleSeveralTimesBesideSeveralApiModulesGivesOneConnectorAndOneSession() {
    app =
        Running.start(
            new HttpModule(),
            new HttpModule(),
            new ApiModule(api("main")),
            ApiModule.named("site", api("site")),
            ApiModule.named("billing", api("billing")));

    List<String> types =
        app.container.components().stream()
            .map(c -> c.type().getSimpleName())
            .collect(Collectors.toList());
    assertThat(types).containsOnlyOnce("Connector", "HttpSession");
    assertThat(app.get(ApiClient.class).baseUrl()).endsWith("/main/");
    assertThat(app.get(Key.get(ApiClient.class, Names.named("site"))).baseUrl()).endsWith("/site/");
    assertThat(app.get(Key.get(ApiClient.class, Names.named("billing"))).baseUrl())
        .endsWith("/billing/");
  }

  @Test
  void apiModulesAloneBringTheHttpModuleWithDefaultSettings() {
    app = Running.start(new ApiModule(api("")));

    assertThat(app.get(HttpSettings.class)).isEqualTo(HttpSettings.defaults());
    assertThat(app.connector().dispatcher().getMaxRequestsPerHost()).isEqualTo(5);
  }

  @Test
  void anHttpModuleWithSettingsReplacesTheDefaults() {
    HttpSettings settings =
        HttpSettings.builder()
            .maxRequests(10)
            .maxRequestsPerHost(3)
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(3))
            .writeTimeout(Duration.ofSeconds(4))
            .callTimeout(Duration.ofSeconds(9))
            .build();

    app = Running.start(new ApiModule(api("")), new HttpModule(settings), new HttpModule());

    assertThat(app.get(HttpSettings.class)).isSameAs(settings);
    assertThat(app.connector().dispatcher().getMaxRequests()).isEqualTo(10);
    assertThat(app.connector().dispatcher().getMaxRequestsPerHost()).isEqualTo(3);
    OkHttpClient client = app.get(HttpSession.class).client();
    assertThat(client.connectTimeoutMillis()).isEqualTo(2000);
    assertThat(client.readTimeoutMillis()).isEqualTo(3000);
    assertThat(client.writeTimeoutMillis()).isEqualTo(4000);
    assertThat(client.callTimeoutMillis()).isEqualTo(9000);
    assertThat(client.connectionPool()).isSameAs(app.connector().connectionPool());
    assertThat(client.dispatcher()).isSameAs(app.connector().dispatcher());
  }

  @Test
  void modulesWithEqualSettingsAreInstalledOnce() {
    HttpSettings settings = HttpSettings.builder().maxRequestsPerHost(3).build();

    app = Running.start(new HttpModule(settings), new HttpModule(settings.toBuilder().build()));

    assertThat(app.connector().dispatcher().getMaxRequestsPerHost()).isEqualTo(3);
  }

  @Test
  void modulesWithDifferentSettingsFailTheStartShowingBothSettingsAndWhereEachWasMade() {
    HttpSettings three = HttpSettings.builder().maxRequestsPerHost(3).build();
    HttpSettings four = HttpSettings.builder().maxRequestsPerHost(4).build();
    Container container =
        Container.builder()
            .name(Running.NAME)
            .modules(
                new HttpModule(three),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    install(new HttpModule(four));
                  }
                })
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .matches(
            Pattern.quote(
                    "Two HttpModules were given different settings, and the session has one:"
                        + " install one HttpModule with settings (new HttpModule() beside it, and"
                        + " modules with equal settings, are harmless)\n  "
                        + three
                        + " from dev.cogwheel.okhttp.HttpModuleTest.")
                + "modulesWithDifferentSettings\\w+\\(HttpModuleTest\\.java:\\d+\\)\n  "
                + Pattern.quote(four + " from dev.cogwheel.okhttp.HttpModuleTest$")
                + "\\d+\\.configure\\(HttpModuleTest\\.java:\\d+\\)");
    assertThat(e.getCause().getMessage())
        .doesNotContain("Guice/BindingAlreadySet", "RealOptionalBinder");
  }

  @Test
  void settingsGivenTwiceOnlyByEqualModulesAreNoConflict() {
    app =
        Running.start(
            new HttpModule(HttpSettings.builder().maxRequestsPerHost(3).build()),
            new AbstractModule() {
              @Override
              protected void configure() {
                install(new HttpModule(HttpSettings.builder().maxRequestsPerHost(3).build()));
                install(new HttpModule());
              }
            });

    assertThat(app.connector().dispatcher().getMaxRequestsPerHost()).isEqualTo(3);
  }

  @Test
  void theConnectorStartsFirstThenTheSessionThenTheClients() {
    app = Running.start(ApiModule.named("site", api("")), new HttpModule());

    List<Class<?>> order = new ArrayList<>();
    for (Component component : app.container.components()) {
      order.add(component.type());
    }
    assertThat(order).containsSubsequence(Connector.class, HttpSession.class, ApiClient.class);
  }

  @Test
  void applicationAndNetworkInterceptorsRunInBindingOrderAndSeeTheUserAgent() throws Exception {
    List<String> seen = new CopyOnWriteArrayList<>();
    app =
        Running.start(
            new HttpModule(HttpSettings.builder().userAgent("reminder-bot/1.0").build()),
            new AbstractModule() {
              @Override
              protected void configure() {
                HttpModule.interceptors(binder())
                    .addBinding()
                    .toInstance(
                        chain ->
                            chain.proceed(
                                chain.request().newBuilder().addHeader("X-Trace", "a").build()));
                HttpModule.networkInterceptors(binder())
                    .addBinding()
                    .toInstance(
                        chain -> {
                          seen.add("network " + chain.request().header("User-Agent"));
                          return chain.proceed(chain.request());
                        });
              }
            },
            new AbstractModule() {
              @Override
              protected void configure() {
                HttpModule.interceptors(binder())
                    .addBinding()
                    .toInstance(
                        chain ->
                            chain.proceed(
                                chain.request().newBuilder().addHeader("X-Trace", "b").build()));
              }
            });
    server.enqueue(new MockResponse.Builder().body("ok").build());

    try (Response response =
        app.get(HttpSession.class)
            .client()
            .newCall(new Request.Builder().url(Running.baseUrl(server)).build())
            .execute()) {
      assertThat(response.body().string()).isEqualTo("ok");
    }

    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request.getHeaders().values("X-Trace")).containsExactly("a", "b");
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("reminder-bot/1.0");
    assertThat(seen).containsExactly("network reminder-bot/1.0");
  }

  @Test
  void everyEventListenerFactorySeesEveryEventOfEveryCallInBindingOrder() {
    List<String> events = new CopyOnWriteArrayList<>();
    app =
        Running.start(
            new ApiModule(api("")),
            new AbstractModule() {
              @Override
              protected void configure() {
                HttpModule.eventListenerFactories(binder())
                    .addBinding()
                    .toInstance(call -> recording("metrics", events));
                HttpModule.eventListenerFactories(binder())
                    .addBinding()
                    .toInstance(call -> recording("tracing", events));
              }
            });
    server.enqueue(new MockResponse.Builder().body("{}").build());

    app.get(ApiClient.class).get("things", JsonNode.class);

    assertThat(events)
        .containsExactly(
            "metrics callStart", "tracing callStart",
            "metrics connectStart", "tracing connectStart",
            "metrics connectEnd", "tracing connectEnd",
            "metrics responseHeadersEnd 200", "tracing responseHeadersEnd 200",
            "metrics callEnd", "tracing callEnd");
  }

  private static EventListener recording(String name, List<String> events) {
    return new EventListener() {
      @Override
      public void callStart(Call call) {
        events.add(name + " callStart");
      }

      @Override
      public void connectStart(
          Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
        events.add(name + " connectStart");
      }

      @Override
      public void connectEnd(
          Call call,
          java.net.InetSocketAddress address,
          java.net.Proxy proxy,
          okhttp3.Protocol protocol) {
        events.add(name + " connectEnd");
      }

      @Override
      public void responseHeadersEnd(Call call, Response response) {
        events.add(name + " responseHeadersEnd " + response.code());
      }

      @Override
      public void callEnd(Call call) {
        events.add(name + " callEnd");
      }
    };
  }
}
