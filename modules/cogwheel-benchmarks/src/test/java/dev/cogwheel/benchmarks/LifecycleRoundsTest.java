package dev.cogwheel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs each scenario's contenders once: it measures nothing; it keeps them from rotting. */
class LifecycleRoundsTest {
  @ParameterizedTest
  @CsvSource({"classes, 100", "providers, 10"})
  void aStartStopScenarioRunsCogwheelTheLeastLifecycleAndBothGuardedFloors(String scenario, int n) {
    Map<String, Supplier<?>> operations = LifecycleRounds.operations(scenario, n);

    assertThat(operations.keySet())
        .containsExactly("cogwheel", "leastLifecycle", "leastGuarded", "leastGuardedNewThread");
    operations.values().forEach(operation -> assertThat(operation.get()).isNotNull());
  }

  @Test
  void thePerTestScenarioRunsCogwheelAndAPlainInjector() {
    Map<String, Supplier<?>> operations = LifecycleRounds.operations("per-test", 0);

    assertThat(operations.keySet()).containsExactly("cogwheel", "plainGuice");
    operations.values().forEach(operation -> assertThat(operation.get()).isNotNull());
  }

  @Test
  void theFloorsAreComparedWithTheBaselineAndCogwheelWithItsOwnFloor() {
    assertThat(
            LifecycleRounds.comparisons(
                List.of("cogwheel", "leastLifecycle", "leastGuarded", "leastGuardedNewThread")))
        .extracting(c -> c.contender() + "/" + c.baseline())
        .containsExactly(
            "cogwheel/leastLifecycle",
            "leastGuarded/leastLifecycle",
            "leastGuardedNewThread/leastLifecycle",
            "cogwheel/leastGuarded");
  }

  @Test
  void refusesAnUnknownScenarioNamingTheKnownOnes() {
    assertThatThrownBy(() -> LifecycleRounds.operations("spring", 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown --scenario spring; one of classes, providers, per-test");
  }

  @Test
  void refusesAnUnknownOption() {
    assertThatThrownBy(() -> LifecycleRounds.main(new String[] {"--forks", "3"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --forks");
  }
}
