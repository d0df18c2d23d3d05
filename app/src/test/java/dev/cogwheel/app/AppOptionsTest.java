package dev.cogwheel.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppOptionsTest {
  @Test
  void noFlagsMeansTheEmbeddedDemoSiteAndTheDefaultAdminPort() {
    AppOptions options = AppOptions.parse(new String[0], Map.of());

    assertThat(options.siteUrl()).isEmpty();
    assertThat(options.adminPort()).isEqualTo(8081);
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
              "--admin-port=0",
              "--run-for",
              "PT30S",
              "--debug"
            },
            Map.of());

    assertThat(options.siteUrl()).contains(URI.create("https://site.example/api"));
    assertThat(options.adminPort()).isZero();
    assertThat(options.runFor()).contains(Duration.ofSeconds(30));
    assertThat(options.debug()).isTrue();
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
    assertThat(AppOptions.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(AppOptions.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(AppOptions.duration("2m")).isEqualTo(Duration.ofMinutes(2));
    assertThat(AppOptions.duration("1h")).isEqualTo(Duration.ofHours(1));
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
  }
}
