package dev.cogwheel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs each scenario's contenders once: it measures nothing; it keeps them from rotting. */
class LifecycleRoundsTest {
  @ParameterizedTest
  @CsvSource({
    "classes, 100, leastLifecycle",
    "providers, 10, leastLifecycle",
    "per-test, 0, plainGuice"
  })
  void eachScenarioPutsCogwheelFirstAndItsBaselineSecond(String scenario, int n, String baseline) {
    Map<String, Supplier<?>> operations = LifecycleRounds.operations(scenario, n);

    assertThat(operations).containsOnlyKeys("cogwheel", baseline);
    assertThat(operations.keySet()).first().isEqualTo("cogwheel");
    operations.values().forEach(operation -> assertThat(operation.get()).isNotNull());
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
