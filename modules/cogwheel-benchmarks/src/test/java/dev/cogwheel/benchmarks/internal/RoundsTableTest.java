package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogwheel.benchmarks.internal.RoundsTable.Comparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoundsTableTest {
  @Test
  void givesEachContenderItsSpreadAndEachComparisonItsRatioAndVerdict() {
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    micros.put("ours", List.of(110.0, 99.0, 220.0));
    micros.put("raw", List.of(100.0, 100.0, 200.0));
    micros.put("slow", List.of(150.0, 150.0, 300.0));

    String table =
        RoundsTable.render(
            micros,
            List.of(new Comparison("ours", "raw", 1.05), new Comparison("slow", "raw", 1.2)));

    assertThat(table)
        .isEqualTo(
            """
            | contender | rounds | µs per call, median (min–max) | compared with | ratio, median of rounds | target  | result |
            | --------- | -----: | ----------------------------: | ------------- | ----------------------: | ------- | ------ |
            | ours      |      3 |            110.0 (99.0–220.0) | raw           |                  1.100× | ≤ 1.05× | MISSED |
            | raw       |      3 |           100.0 (100.0–200.0) |               |                         |         |        |
            | slow      |      3 |           150.0 (150.0–300.0) | raw           |                  1.500× | ≤ 1.20× | MISSED |
            """);
  }

  @Test
  void aContenderComparedWithTwoBaselinesHasALineForEach() {
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    micros.put("ours", List.of(120.0));
    micros.put("least", List.of(100.0));
    micros.put("guarded", List.of(110.0));

    String table =
        RoundsTable.render(
            micros,
            List.of(new Comparison("ours", "least", 1.1), new Comparison("ours", "guarded", 1.1)));

    assertThat(table.lines().skip(2))
        .containsExactly(
            "| ours      |      1 |           120.0 (120.0–120.0) | least         |                  1.200× | ≤ 1.10× | MISSED |",
            "| ours      |      1 |           120.0 (120.0–120.0) | guarded       |                  1.091× | ≤ 1.10× | met    |",
            "| least     |      1 |           100.0 (100.0–100.0) |               |                         |         |        |",
            "| guarded   |      1 |           110.0 (110.0–110.0) |               |                         |         |        |");
  }

  @Test
  void aRatioWithinItsTargetIsMet() {
    Map<String, List<Double>> micros = new LinkedHashMap<>();
    micros.put("ours", List.of(101.0));
    micros.put("raw", List.of(100.0));

    assertThat(RoundsTable.render(micros, List.of(new Comparison("ours", "raw", 1.05))))
        .contains("|                  1.010× | ≤ 1.05× | met    |");
  }

  @Test
  void refusesAComparisonWithAContenderWithoutFigures() {
    Map<String, List<Double>> micros = Map.of("ours", List.of(1.0));

    assertThatThrownBy(
            () -> RoundsTable.render(micros, List.of(new Comparison("ours", "raw", 1.05))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no figures of raw to compare with");
  }
}
