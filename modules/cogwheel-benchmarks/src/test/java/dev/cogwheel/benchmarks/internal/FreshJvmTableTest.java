package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreshJvmTableTest {
  private static final List<String> CONTENDERS = List.of("cogwheel", "leastLifecycle");

  @Test
  void givesEachContendersSpreadAndTheMedianOfPerRoundRatiosOfCogwheelToIt() {
    List<Map<String, Double>> rounds =
        List.of(
            Map.of("cogwheel", 600.0, "leastLifecycle", 500.0), // 1.20
            Map.of("cogwheel", 900.0, "leastLifecycle", 1000.0), // 0.90
            Map.of("cogwheel", 550.0, "leastLifecycle", 500.0)); // 1.10

    String table = FreshJvmTable.render(200, CONTENDERS, rounds);

    assertThat(table.lines())
        .containsExactly(
            "",
            "fresh JVM, first start + stop of 200 @Singleton classes",
            "",
            "| contender      | launches | ms, median (min–max) | Cogwheel ÷ it, median of rounds |",
            "| -------------- | -------: | -------------------: | ------------------------------: |",
            "| cogwheel       |        3 |        600 (550–900) |                                 |",
            "| leastLifecycle |        3 |       500 (500–1000) |                           1.10× |",
            "",
            "target: Cogwheel ≤ 1.10× leastLifecycle: met (1.10×)");
  }

  @Test
  void aMedianRatioAboveTheTargetIsMissed() {
    List<Map<String, Double>> rounds = List.of(Map.of("cogwheel", 700.0, "leastLifecycle", 500.0));

    assertThat(FreshJvmTable.render(200, CONTENDERS, rounds))
        .endsWith("target: Cogwheel ≤ 1.10× leastLifecycle: MISSED (1.40×)\n");
  }

  @Test
  void rejectsARoundWithoutEveryContender() {
    List<Map<String, Double>> rounds = List.of(Map.of("cogwheel", 700.0));

    assertThatThrownBy(() -> FreshJvmTable.render(200, CONTENDERS, rounds))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a round has no time of leastLifecycle");
  }
}
