package dev.cogwheel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppOptionsTest {
  @Test
  void noFlagsMeansTheEmbeddedDemoSiteAndTheDefaultAdminPort() {
    AppOptions options = AppOptions.parse(new String[0], Map.of());

    assertThat(options.siteUrl()).isEmpty();
    assertThat(options.adminHost()).isEqualTo("127.0.0.1");
    assertThat(options.adminPort()).isEqualTo(8081);
    assertThat(options.drainDelay()).isZero();
    assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.runFor()).isEmpty();
    assertThat(options.debug()).isFalse();
  }

  @Test
  void everyFlagIsRead() {
    AppOptions options =
        AppOptions.parse(
            new String[] {
              "--site-url",
              "https://site.example/api",
              "--admin-host",
              "0.0.0.0",
              "--admin-port=0",
              "--drain-delay",
              "10s",
              "--stop-timeout=5s",
              "--run-for",
              "PT30S",
              "--debug"
            },
            Map.of());

    assertThat(options.siteUrl()).contains(URI.create("https://site.example/api"));
    assertThat(options.adminHost()).isEqualTo("0.0.0.0");
    assertThat(options.adminPort()).isZero();
    assertThat(options.drainDelay()).isEqualTo(Duration.ofSeconds(10));
    assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.runFor()).contains(Duration.ofSeconds(30));
    assertThat(options.debug()).isTrue();
  }

  @Test
  void adminHostDrainDelayAndStopTimeoutComeFromTheEnvironment() {
    AppOptions options =
        AppOptions.parse(
            new String[0],
            Map.of(
                "COGWHEEL_ADMIN_HOST",
                "0.0.0.0",
                "COGWHEEL_DRAIN_DELAY",
                "15s",
                "COGWHEEL_STOP_TIMEOUT",
                "PT4S"));

    assertThat(options.adminHost()).isEqualTo("0.0.0.0");
    assertThat(options.drainDelay()).isEqualTo(Duration.ofSeconds(15));
    assertThat(options.stopTimeout()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aFlagWinsOverItsEnvironmentVariable() {
    AppOptions options =
        AppOptions.parse(
            new String[] {"--drain-delay", "0s"}, Map.of("COGWHEEL_DRAIN_DELAY", "15s"));

    assertThat(options.drainDelay()).isZero();
  }

  @Test
  void siteUrlAndTokenComeFromTheEnvironmentAndTheTokenNeverShows() {
    AppOptions options =
        AppOptions.parse(
            new String[0],
            Map.of("COGWHEEL_SITE_URL", "http://127.0.0.1:9000/", "COGWHEEL_SITE_TOKEN", "s3cret"));

    assertThat(options.siteUrl()).contains(URI.create("http://127.0.0.1:9000/"));
    assertThat(options.siteToken()).contains("s3cret");
    assertThat(options.toString()).doesNotContain("s3cret").contains("siteToken=****");
  }

  @Test
  void shortDurationsAreAccepted() {
    assertThat(DurationArgument.parse("--run-for", "500ms", false))
        .isEqualTo(Duration.ofMillis(500));
    assertThat(DurationArgument.parse("--run-for", "30s", false)).isEqualTo(Duration.ofSeconds(30));
    assertThat(DurationArgument.parse("--run-for", "2m", false)).isEqualTo(Duration.ofMinutes(2));
    assertThat(DurationArgument.parse("--run-for", "1h", false)).isEqualTo(Duration.ofHours(1));
    assertThat(DurationArgument.parse("--drain-delay", "0s", true)).isZero();
  }

  @Test
  void badValuesNameTheFlagAndTheValue() {
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--run-for", "soon"}, Map.of()))
        .hasMessage("--run-for must be a positive duration such as 30s, 2m or PT30S, got 'soon'");
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--admin-port", "99999"}, Map.of()))
        .hasMessage("--admin-port must be a port number from 0 to 65535, got '99999'");
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--site-url", "ftp://x"}, Map.of()))
        .hasMessage("--site-url must be an absolute http(s) URL, got 'ftp://x'");
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--site-url"}, Map.of()))
        .hasMessage("option '--site-url' needs a value");
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--verbose"}, Map.of()))
        .hasMessage("unknown option '--verbose'");
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--drain-delay", "-5s"}, Map.of()))
        .hasMessage("--drain-delay must be a duration such as 0s, 30s, 2m or PT30S, got '-5s'");
    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--stop-timeout", "0s"}, Map.of()))
        .hasMessage(
            "--stop-timeout must be a positive duration such as 30s, 2m or PT30S, got '0s'");
    assertThatThrownBy(
            () -> AppOptions.parse(new String[] {"--admin-host", "http://0.0.0.0"}, Map.of()))
        .hasMessage(
            "--admin-host must be a host name or IP address such as 127.0.0.1 or 0.0.0.0, got 'http://0.0.0.0'");
    assertThatThrownBy(
            () -> AppOptions.parse(new String[0], Map.of("COGWHEEL_DRAIN_DELAY", "soon")))
        .hasMessage("--drain-delay must be a duration such as 0s, 30s, 2m or PT30S, got 'soon'");
  }

  @Test
  void timelineIsAFileInAnExistingDirectory(@TempDir Path dir) {
    AppOptions options =
        AppOptions.parse(
            new String[] {"--timeline", dir.resolve("timeline.html").toString()}, Map.of());

    assertThat(options.timeline()).contains(dir.resolve("timeline.html").toAbsolutePath());
    assertThat(AppOptions.parse(new String[0], Map.of()).timeline()).isEmpty();
  }

  @Test
  void timelineInADirectoryThatDoesNotExistIsRefusedBeforeTheRun(@TempDir Path dir) {
    String missing = dir.resolve("missing").resolve("timeline.html").toString();

    assertThatThrownBy(() -> AppOptions.parse(new String[] {"--timeline", missing}, Map.of()))
        .hasMessage("--timeline must be a file in an existing directory, got '" + missing + "'");
    assertThatThrownBy(
            () -> AppOptions.parse(new String[] {"--timeline", dir.toString()}, Map.of()))
        .hasMessage("--timeline must be a file in an existing directory, got '" + dir + "'");
  }
}
