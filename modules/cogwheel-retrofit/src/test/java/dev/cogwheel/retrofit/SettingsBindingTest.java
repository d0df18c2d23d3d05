package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.okhttp.ApiClient;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Settings bound by another module: known only once something else has started, or shared. */
class SettingsBindingTest {
  @StartStop MockWebServer server = new MockWebServer();

  @AutoClose private Running app;

  /** Something that must start before the service can know its base URL, like an embedded site. */
  @Singleton
  static final class Discovery {
    String baseUrl;
  }

  private Component component(Class<?> type) {
    return app.container.components().stream()
        .filter(c -> c.key().getTypeLiteral().getRawType() == type)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void settingsBoundElsewhereMakeTheServiceDependOnWhatTheyDependOn() {
    String baseUrl = Running.baseUrl(server);
    app =
        Running.start(
            RetrofitModule.named("site", SiteApi.class),
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
    server.enqueue(new MockResponse.Builder().body("{\"id\":7,\"text\":\"x\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"ok\":true}").build());

    Reminder reminder = app.get(Key.get(SiteApi.class, Names.named("site"))).reminder(7L);
    JsonNode status =
        app.get(Key.get(ApiClient.class, Names.named("site"))).get("status", JsonNode.class);

    assertThat(reminder).isEqualTo(new Reminder(7, "x"));
    assertThat(status.get("ok").asBoolean()).isTrue();
    assertThat(component(Discovery.class).startOrder())
        .isLessThan(component(SiteApi.class).startOrder());
    assertThat(component(SiteApi.class).dependencies())
        .contains(Key.get(ApiSettings.class, Names.named("site")));
  }

  @Test
  void unnamedSettingsBoundElsewhereConfigureTheUnnamedService() throws InterruptedException {
    app =
        Running.start(
            RetrofitModule.of(SiteApi.class),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(ApiSettings.class)
                    .toInstance(ApiSettings.builder().baseUrl(Running.baseUrl(server)).build());
              }
            });
    server.enqueue(new MockResponse.Builder().body("{\"id\":7,\"text\":\"x\"}").build());

    assertThat(app.get(SiteApi.class).reminder(7L)).isEqualTo(new Reminder(7, "x"));
    assertThat(server.takeRequest(5, TimeUnit.SECONDS).getUrl().encodedPath())
        .isEqualTo("/reminders/7");
  }

  @Test
  void aMissingSettingsBindingFailsTheStartNamingIt() {
    Container container =
        Container.builder()
            .name(Running.NAME)
            .modules(RetrofitModule.named("site", SiteApi.class))
            .build();

    Exception e = catchThrowableOfType(RuntimeException.class, container::start);

    assertThat(e).hasMessageContaining("ApiSettings").hasMessageContaining("site");
    assertThat(Running.threadsBesidesOkHttpShared(container)).isEmpty();
  }

  @Test
  void theModuleSaysWhereItsSettingsComeFrom() {
    assertThat(RetrofitModule.named("site", SiteApi.class).toString())
        .isEqualTo(
            "RetrofitModule[@Named(\"site\") dev.cogwheel.retrofit.SiteApi, settings bound"
                + " elsewhere]");
  }
}
