package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundsOptionsTest {
  private static final RoundsOptions DEFAULTS = new RoundsOptions(30, 250, 20, Map.of());

  @Test
  void keepsTheDefaultsOfWhatTheCommandLineDoesNotGive() {
    assertThat(RoundsOptions.parse(new String[0], DEFAULTS, Set.of())).isEqualTo(DEFAULTS);
  }

  @Test
  void readsTheRoundsTheBatchTheWarmUpAndTheMainsOwnOptions() {
    RoundsOptions options =
        RoundsOptions.parse(
            new String[] {"--scenario", "classes", "--rounds", "5", "--batch-ms", "100"},
            DEFAULTS,
            Set.of("--scenario", "--n"));

    assertThat(options).isEqualTo(new RoundsOptions(5, 100, 20, Map.of("--scenario", "classes")));
    assertThat(options.other("--scenario", "providers")).isEqualTo("classes");
    assertThat(options.other("--n", "100")).isEqualTo("100");
  }

  @Test
  void refusesAnOptionWithoutAValue() {
    assertThatThrownBy(() -> RoundsOptions.parse(new String[] {"--rounds"}, DEFAULTS, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--rounds needs a value");
  }

  @Test
  void refusesAnOptionThatIsNotTheMains() {
    assertThatThrownBy(
            () -> RoundsOptions.parse(new String[] {"--scenario", "x"}, DEFAULTS, Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --scenario");
  }
}
