package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminSettingsTest {

  @Test
  void theDefaultsAreTheLoopbackAddressAndPort8081() {
    AdminSettings defaults = AdminSettings.defaults();

    assertThat(defaults.host()).isEqualTo("127.0.0.1");
    assertThat(defaults.port()).isEqualTo(8081);
    assertThat(AdminSettings.builder().build()).isEqualTo(defaults);
  }

  @Test
  void theBuilderSetsHostAndPort() {
    AdminSettings settings = AdminSettings.builder().host("::1").port(0).build();

    assertThat(settings.host()).isEqualTo("::1");
    assertThat(settings.port()).isZero();
  }

  @Test
  void toBuilderStartsFromTheSettings() {
    AdminSettings settings = AdminSettings.builder().host("localhost").port(9090).build();

    assertThat(settings.toBuilder().port(9091).build())
        .isEqualTo(AdminSettings.builder().host("localhost").port(9091).build());
  }

  @Test
  void settingsWithTheSameHostAndPortAreEqual() {
    AdminSettings a = AdminSettings.builder().port(9090).build();
    AdminSettings b = AdminSettings.builder().port(9090).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(AdminSettings.defaults());
  }

  @Test
  void toStringShowsHostAndPort() {
    assertThat(AdminSettings.defaults()).hasToString("AdminSettings{host=127.0.0.1, port=8081}");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65_536, Integer.MIN_VALUE})
  void aPortOutOfRangeIsRejectedNamingTheSetting(int port) {
    assertThatThrownBy(() -> AdminSettings.builder().port(port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AdminSettings.port must be between 0 and 65535 (0 for an ephemeral port), got "
                + port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "local host", "http://127.0.0.1", "[::1]", "127.0.0.1/8"})
  void aHostThatIsNotAHostNameOrAddressIsRejectedNamingTheSetting(String host) {
    assertThatThrownBy(() -> AdminSettings.builder().host(host))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AdminSettings.host must be a host name or IP address without scheme, port or brackets, got '"
                + host
                + "'");
  }

  @Test
  void aNullHostIsRejectedNamingTheSetting() {
    assertThatThrownBy(() -> AdminSettings.builder().host(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AdminSettings.host must be a host name or IP address without scheme, port or brackets, got null");
  }

  @Test
  void theModuleRejectsNullSettings() {
    assertThatThrownBy(() -> new AdminModule(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("AdminModule(AdminSettings): settings is null");
  }
}
