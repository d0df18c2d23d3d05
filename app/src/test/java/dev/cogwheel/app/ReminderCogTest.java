package dev.cogwheel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.google.inject.Module;
import com.google.inject.util.Modules;
import dev.cogwheel.app.cogs.ReminderCogModule;
import dev.cogwheel.junit5.Bind;
import dev.cogwheel.junit5.CogwheelTest;
import dev.cogwheel.junit5.TestModules;
import dev.cogwheel.metrics.MetricsModule;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reminder cog against a site API played by MockWebServer, in a fresh container per test. */
@CogwheelTest
class ReminderCogTest {
  /**
   * Reminders 1 and 2 are due until a PATCH claims them; reminder 2 was claimed elsewhere
   * meanwhile.
   */
  private static final long STOLEN = 2;

  private final Set<Long> patched = ConcurrentHashMap.newKeySet();
  private final List<String> patches = new CopyOnWriteArrayList<>();
  private final MockWebServer site = startSite();

  @Bind
  @Named("site")
  final ApiSettings siteSettings =
      ApiSettings.builder().baseUrl(site.url("/api/").toString()).build();

  @Inject MetricRegistry metrics;

  @TestModules
  static Module modules() {
    return Modules.combine(
        ApiModule.named("site"), new MetricsModule(), new ReminderCogModule(Duration.ofMillis(20)));
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void deliversEachDueReminderItClaimedAndSkipsOneClaimedElsewhere() {
    await()
        .until(
            () ->
                metrics.counter("cogs.reminders.delivered").getCount() == 1
                    && metrics.counter("cogs.reminders.already-claimed").getCount() == 1);

    assertThat(patches)
        .containsExactlyInAnyOrder(
            "/api/reminders/1 {\"delivered\":true}", "/api/reminders/2 {\"delivered\":true}");
  }

  private MockWebServer startSite() {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (request.getMethod().equals("GET") && path.equals("/api/reminders")) {
              List<String> due = new ArrayList<>();
              for (long id = 1; id <= 2; id++) {
                if (!patched.contains(id)) {
                  due.add("{\"id\":" + id + ",\"text\":\"reminder " + id + "\"}");
                }
              }
              return json(200, "[" + String.join(",", due) + "]");
            }
            if (request.getMethod().equals("PATCH") && path.startsWith("/api/reminders/")) {
              long id = Long.parseLong(path.substring("/api/reminders/".length()));
              patched.add(id);
              patches.add(path + " " + request.getBody().utf8());
              return id == STOLEN
                  ? json(409, "{\"error\":\"already delivered\"}")
                  : json(200, "{\"id\":" + id + "}");
            }
            return json(404, "{}");
          }
        });
    try {
      server.start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start the mock site API", e);
    }
    return server;
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
