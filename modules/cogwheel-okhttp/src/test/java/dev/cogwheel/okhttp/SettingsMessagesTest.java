package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A rejected setting is reported as {@code <Type>.<setting> must ..., got <value>}. */
class SettingsMessagesTest {

  @Test
  void aTimeoutOutOfRangeNamesTheSettingTheRangeAndTheValue() {
    assertThatThrownBy(() -> HttpSettings.builder().readTimeout(Duration.ofMillis(-5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "HttpSettings.readTimeout must be zero (none) or between 1 ms and 2147483647 ms, got"
                + " PT-0.005S");
  }

  @Test
  void aNegativePoolSizeNamesTheSettingAndTheValue() {
    assertThatThrownBy(() -> HttpSettings.builder().maxIdleConnections(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HttpSettings.maxIdleConnections must be zero or more, got -1");
  }

  @Test
  void aMissingDnsNamesTheSetting() {
    assertThatThrownBy(() -> HttpSettings.builder().dns(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("HttpSettings.dns must not be null");
  }

  @Test
  void aMaxBackoffBelowTheInitialBackoffNamesBothAndTheValue() {
    ApiSettings.Builder builder =
        ApiSettings.builder()
            .baseUrl("http://127.0.0.1/")
            .initialBackoff(Duration.ofSeconds(2))
            .maxBackoff(Duration.ofSeconds(1));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ApiSettings.maxBackoff must not be less than initialBackoff (PT2S), got PT1S");
  }

  @Test
  void aBlankClientNameNamesTheSettingAndTheValue() {
    assertThatThrownBy(() -> ApiModule.named(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ApiModule.name must not be blank, got ' '");
  }
}
