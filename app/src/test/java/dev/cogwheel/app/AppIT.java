package dev.cogwheel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app, run as a user runs it: {@code java -jar app/target/cogwheel-app.jar}, in a
 * child JVM. Every child is ended after its test, pass or fail, and each has a bounded life of its
 * own ({@code --run-for}), so that even a test JVM killed outright orphans none for long.
 */
class AppIT {
  /** Every child's own end, unless its test gives one: far longer than any test needs it. */
  private static final String LIFETIME = "3m";

  private static final Pattern STARTED =
      Pattern.compile("started\\s+\\[\\s*\\d+\\] (.+) in [\\d.]+ ms$");
  private static final Pattern STOPPED =
      Pattern.compile("stopped\\s+\\[\\s*\\d+\\] (.+) in [\\d.]+ ms$");
  private static final Pattern DELIVERED = Pattern.compile("Reminder #(\\d+) delivered");
  private static final Pattern DEMO_SITE =
      Pattern.compile("Demo site API at (http://127\\.0\\.0\\.1:\\d+/api/)");

  @TempDir Path dir;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final List<App> apps = new ArrayList<>();

  @AfterEach
  void endEveryApp() throws InterruptedException {
    for (App app : apps) {
      app.end();
    }
  }

  @Test
  void embeddedSiteDeliversEveryDueReminderOnceIsReadyAndStopsInReverseOrderOnSigterm()
      throws Exception {
    int adminPort = freePort();
    App app = start("--admin-port", String.valueOf(adminPort));
    app.awaitLine("Container 'app' started");

    HttpResponse<String> ready = get(URI.create("http://127.0.0.1:" + adminPort + "/health/ready"));
    assertThat(ready.statusCode()).isEqualTo(200);
    URI site = URI.create(app.find(DEMO_SITE).get(0));
    await().atMost(Duration.ofSeconds(20)).until(() -> app.find(DELIVERED).size() >= 3);
    Instant listedAt = Instant.now();
    JsonNode reminders = json.readTree(get(site.resolve("reminders")).body());

    app.process.destroy(); // SIGTERM
    assertThat(app.waitFor()).isZero();

    List<String> delivered = app.find(DELIVERED);
    assertThat(delivered).doesNotHaveDuplicates();
    List<String> dueBeforeLastPoll = new ArrayList<>();
    for (JsonNode reminder : reminders) {
      if (Instant.parse(reminder.get("dueAt").asText()).isBefore(listedAt.minusSeconds(2))) {
        dueBeforeLastPoll.add(reminder.get("id").asText());
        assertThat(reminder.get("delivered").asBoolean())
            .as("reminder %s delivered", reminder.get("id"))
            .isTrue();
      }
    }
    assertThat(delivered).containsAll(dueBeforeLastPoll);
    List<String> started = app.find(STARTED);
    List<String> stopped = app.find(STOPPED);
    Collections.reverse(started);
    assertThat(stopped).isEqualTo(started);
    assertThat(String.join("\n", app.stdout())).doesNotContain("was leaked");
  }

  @Test
  void sigtermTurnsReadinessDownAtOnceAndTheAppExitsZeroAfterTheDrainAndTheOrderedStop()
      throws Exception {
    int adminPort = freePort();
    URI ready = URI.create("http://127.0.0.1:" + adminPort + "/health/ready");
    App app = start("--admin-port", String.valueOf(adminPort), "--drain-delay", "3s");
    app.awaitLine("Container 'app' started");
    assertThat(get(ready).statusCode()).isEqualTo(200);

    long sigtermAt = System.nanoTime();
    app.process.destroy(); // SIGTERM
    await().atMost(Duration.ofSeconds(10)).until(() -> get(ready).statusCode() == 503);
    assertThat(app.process.isAlive()).isTrue();
    assertThat(app.find(STOPPED)).isEmpty();

    assertThat(app.waitFor()).isZero();
    assertThat(Duration.ofNanos(System.nanoTime() - sigtermAt))
        .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    List<String> started = app.find(STARTED);
    Collections.reverse(started);
    assertThat(app.find(STOPPED)).isEqualTo(started);
  }

  @Test
  void aSecondSigtermEndsTheDrainAndTheAppExitsZero() throws Exception {
    int adminPort = freePort();
    URI ready = URI.create("http://127.0.0.1:" + adminPort + "/health/ready");
    App app = start("--admin-port", String.valueOf(adminPort), "--drain-delay", "2m");
    app.awaitLine("Container 'app' started");
    app.process.destroy(); // SIGTERM
    await().atMost(Duration.ofSeconds(10)).until(() -> get(ready).statusCode() == 503);

    app.process.destroy(); // SIGTERM again: without it the app would drain past waitFor's 60 s

    assertThat(app.waitFor()).isZero();
    assertThat(app.stdout())
        .anyMatch(
            line ->
                line.contains(
                    "Received SIGTERM again; stopping without waiting out the drain delay"));
    assertThat(app.stdout()).anyMatch(line -> line.contains("Container 'app' stopped"));
  }

  @Test
  void metricsFollowThePrometheusConventionsAndPromtoolReportsNothing() throws Exception {
    int adminPort = freePort();
    URI metrics = URI.create("http://127.0.0.1:" + adminPort + "/metrics");
    App app = start("--admin-port", String.valueOf(adminPort));
    app.awaitLine("Container 'app' started");
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> get(metrics).body().contains("cogwheel_http_client_requests_seconds_count{"));

    String text = get(metrics).body();
    Promtool.Result check = Promtool.checkMetrics(text);

    assertThat(check.output()).as("promtool check metrics").isEmpty();
    assertThat(check.exitCode()).isZero();
    assertThat(text.lines())
        .contains(
            "# TYPE cogwheel_component_start_seconds summary",
            "# TYPE cogwheel_http_client_requests_seconds summary",
            "# TYPE cogs_reminders_delivered_total counter",
            "# HELP cogs_reminders_delivered_total Dropwizard counter cogs.reminders.delivered",
            "# TYPE jvm_memory_used_bytes gauge",
            "# TYPE jvm_gc_collection_seconds summary",
            "# TYPE jvm_threads_current gauge",
            "# TYPE jvm_classes_currently_loaded gauge")
        .anyMatch(
            line ->
                line.startsWith("cogwheel_component_start_seconds_count{component=\"SiteCheck\"} "))
        .anyMatch(
            line ->
                line.matches(
                    "cogwheel_http_client_requests_seconds_count\\{host=\"127\\.0\\.0\\.1\",method=\"GET\",status=\"200\"} \\d+"))
        .noneMatch(
            line ->
                line.startsWith("cogwheel_component_start_")
                    && !line.startsWith("cogwheel_component_start_seconds"));
    app.process.destroy();
    assertThat(app.waitFor()).isZero();
  }

  @Test
  void siteWhereNothingListensFailsTheStartWithOneClearLineAndExitCodeOne() throws Exception {
    int closed = freePort();
    App app = start("--site-url", "http://127.0.0.1:" + closed, "--admin-port", "0");

    assertThat(app.waitFor()).isEqualTo(1);
    assertThat(app.stderr())
        .singleElement()
        .asString()
        .startsWith("cogwheel-app: start-up failed in SiteCheck: ")
        .contains("127.0.0.1:" + closed);
    assertThat(app.stdout()).noneMatch(line -> line.startsWith("\tat "));
  }

  @Test
  void runForEndsTheAppByItselfWithExitCodeZero() throws Exception {
    App app = start("--run-for", "2s", "--admin-port", "0");

    assertThat(app.waitFor()).isZero();
    assertThat(app.stdout()).anyMatch(line -> line.contains("Ran for PT2S; stopping"));
    assertThat(app.stdout()).anyMatch(line -> line.contains("Container 'app' stopped"));
  }

  @Test
  void timelineWritesThePageOfTheRunWhenItEnds() throws Exception {
    Path timeline = dir.resolve("timeline.html");
    App app = start("--run-for", "1s", "--admin-port", "0", "--timeline", timeline.toString());

    assertThat(app.waitFor()).isZero();
    assertThat(Files.readString(timeline))
        .startsWith("<!DOCTYPE html>")
        .contains(
            "<title>Timeline of app &#8212; Cogwheel</title>",
            "\"state\":\"STOPPED\"",
            "\"key\":\"SiteCheck\"");
  }

  @Test
  void timelineOfAFailedStartNamesTheFailedComponent() throws Exception {
    Path timeline = dir.resolve("timeline.html");
    App app =
        start(
            "--site-url",
            "http://127.0.0.1:" + freePort(),
            "--admin-port",
            "0",
            "--timeline",
            timeline.toString());

    assertThat(app.waitFor()).isEqualTo(1);
    assertThat(Files.readString(timeline))
        .contains(
            "\"state\":\"FAILED\"",
            "\"key\":\"SiteCheck\",\"type\":\"dev.cogwheel.app.site.SiteCheck\",\"critical\":false,\"failed\":true");
  }

  @Test
  void unknownFlagPrintsUsageAndExitsTwo() throws Exception {
    App app = start("--colour", "blue");

    assertThat(app.waitFor()).isEqualTo(2);
    assertThat(app.stderr())
        .startsWith(
            "cogwheel-app: unknown option '--colour'",
            "",
            "Usage: java -jar cogwheel-app.jar [options]");
  }

  /** Starts the app with {@code args} and ends it after the test. */
  private App start(String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(args));
    if (!command.contains("--run-for")) {
      command.addAll(List.of("--run-for", LIFETIME));
    }
    App app = App.start(dir, command);
    apps.add(app);
    return app;
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The app in a child JVM, its output captured to files. */
  private static final class App {
    final Process process;
    final Path out;
    final Path err;

    private App(Process process, Path out, Path err) {
      this.process = process;
      this.out = out;
      this.err = err;
    }

    static App start(Path dir, List<String> args) throws IOException {
      Path out = Files.createTempFile(dir, "stdout", ".txt");
      Path err = Files.createTempFile(dir, "stderr", ".txt");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  jar().toString()));
      command.addAll(args);
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      return new App(process, out, err);
    }

    private static Path jar() {
      Path jar = Paths.get("target", "cogwheel-app.jar").toAbsolutePath();
      if (!Files.exists(jar)) {
        throw new IllegalStateException(
            jar + " does not exist: run 'mvn verify' (the package phase builds it)");
      }
      return jar;
    }

    void awaitLine(String text) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                if (!process.isAlive()) {
                  throw new AssertionError(
                      "the app exited before printing '" + text + "': " + stdout() + stderr());
                }
                return stdout().stream().anyMatch(line -> line.contains(text));
              });
    }

    List<String> find(Pattern pattern) throws IOException {
      List<String> found = new ArrayList<>();
      for (String line : stdout()) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
          found.add(m.group(1));
        }
      }
      return found;
    }

    /** Kills the app if it is still running (SIGKILL), and waits for it to be gone. */
    void end() throws InterruptedException {
      if (process.isAlive()) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }

    int waitFor() throws InterruptedException {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("the app did not exit within 60 s");
      }
      return process.exitValue();
    }

    List<String> stdout() throws IOException {
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    List<String> stderr() throws IOException {
      return Files.readAllLines(err, StandardCharsets.UTF_8);
    }
  }
}
