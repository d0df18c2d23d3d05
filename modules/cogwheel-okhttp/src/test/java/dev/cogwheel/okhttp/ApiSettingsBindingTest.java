package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import com.google.inject.util.Modules;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Where an ApiClient's settings come from: the injector, so they can be swapped or computed. */
class ApiSettingsBindingTest {
  @StartStop MockWebServer server = new MockWebServer();

  @AutoClose private Running app;

  /** Something that must start before the client can know its base URL, like an embedded server. */
  @Singleton
  static final class Discovery {
    String baseUrl;
  }

  @Test
  void overridingTheSettingsBindingRepointsTheClient() throws InterruptedException {
    ApiSettings nowhere = ApiSettings.builder().baseUrl("http://127.0.0.1:1/").build();
    app =
        Running.start(
            Modules.override(ApiModule.named("site", nowhere))
                .with(
                    new AbstractModule() {
                      @Override
                      protected void configure() {
                        bind(Key.get(ApiSettings.class, Names.named("site")))
                            .toInstance(
                                ApiSettings.builder().baseUrl(Running.baseUrl(server)).build());
                      }
                    }));
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());

    JsonNode answer =
        app.get(Key.get(ApiClient.class, Names.named("site"))).get("status", JsonNode.class);

    assertThat(answer.get("ok").asBoolean()).isTrue();
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath()).isEqualTo("/status");
  }

  @Test
  void settingsBoundElsewhereMakeTheClientDependOnWhatTheyDependOn() {
    String baseUrl = Running.baseUrl(server);
    app =
        Running.start(
            ApiModule.named("site"),
            new AbstractModule() {
              @Provides
              @Singleton
              @Named("site")
              ApiSettings siteSettings(Discovery discovery) {
                discovery.baseUrl = baseUrl;
                return ApiSettings.builder().baseUrl(discovery.baseUrl).build();
              }
            });

    Component client =
        app.container.components().stream()
            .filter(c -> c.type() == ApiClient.class)
            .findFirst()
            .orElseThrow();
    Component discovery =
        app.container.components().stream()
            .filter(c -> c.type() == Discovery.class)
            .findFirst()
            .orElseThrow();
    assertThat(discovery.startOrder()).isLessThan(client.startOrder());
    assertThat(client.dependencies()).contains(Key.get(ApiSettings.class, Names.named("site")));
    assertThat(app.get(Key.get(ApiClient.class, Names.named("site"))).baseUrl()).isEqualTo(baseUrl);
  }

  @Test
  void missingSettingsBindingFailsTheStartNamingIt() {
    Container container =
        Container.builder().name(Running.NAME).modules(ApiModule.named("site")).build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e).hasMessageContaining("ApiSettings").hasMessageContaining("site");
  }
}
