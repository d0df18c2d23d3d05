package dev.cogwheel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.cogwheel.app.cogs.DigestCogModule;
import dev.cogwheel.app.site.SiteApi;
import dev.cogwheel.junit5.Bind;
import dev.cogwheel.junit5.CogwheelTest;
import dev.cogwheel.junit5.TestModules;
import dev.cogwheel.metrics.MetricsModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.RetrofitModule;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The digest cog, which reads the site through the Retrofit interface {@link SiteApi}, against a
 * site API played by MockWebServer, in a fresh container per test.
 */
@CogwheelTest
class DigestCogTest {
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final MockWebServer site = startSite();

  @Bind
  @Named("site")
  final ApiSettings siteSettings =
      ApiSettings.builder()
          .baseUrl(site.url("/api/").toString())
          .token("digest-token")
          .initialBackoff(Duration.ofMillis(1))
          .build();

  @Inject MetricRegistry metrics;

  @TestModules
  static Module modules() {
    return Modules.combine(
        RetrofitModule.named("site", SiteApi.class),
        new MetricsModule(),
        new DigestCogModule(Duration.ofMillis(20)));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void feedsTheGaugesFromTheSitesStatsThroughTheRetrofitInterface() {
    await().until(() -> gauge("cogs.digest.due") == 2);

    assertThat(gauge("cogs.digest.delivered")).isEqualTo(3);
    assertThat(gauge("cogs.digest.upcoming")).isEqualTo(4);
    assertThat(requests).first().isEqualTo("GET /api/stats Bearer digest-token");
  }

  private int gauge(String name) {
    Gauge<?> gauge = metrics.getGauges().get(name);
    return gauge == null ? -1 : (Integer) gauge.getValue();
  }

  private MockWebServer startSite() {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            requests.add(
                request.getMethod()
                    + " "
                    + request.getUrl().encodedPath()
                    + " "
                    + request.getHeaders().get("Authorization"));
            return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body("{\"total\":9,\"delivered\":3,\"due\":2,\"upcoming\":4}")
                .build();
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the mock site API", e);
    }
    return server;
  }
}
