package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StartupTableTest {
  @Test
  void givesEachVariantsSpreadAndTheMedianOfItsPerRoundRatiosToTheVariantItIsComparedWith() {
    StartupVariant base = new StartupVariant("base", List.of("java", "-jar", "old.jar"));
    StartupVariant cached = new StartupVariant("cached", List.of("java", "-jar", "new.jar"));
    List<Map<String, AppLaunch.Times>> rounds =
        List.of(
            Map.of("base", times(100, 2000), "cached", times(50, 1000)), // 0.50
            Map.of("base", times(120, 4000), "cached", times(60, 1200)), // 0.30
            Map.of("base", times(110, 1000), "cached", times(55, 900))); // 0.90

    String table = StartupTable.render(List.of(base, cached), rounds, Map.of("cached", "base"));

    assertThat(table.lines())
        .containsExactly(
            "| variant | launches | first line, median (min–max) ms | ready, median (min–max) ms | compared with | ready ÷ that, median of rounds |",
            "| ------- | -------: | ------------------------------: | -------------------------: | ------------- | -----------------------------: |",
            "| base    |        3 |                   110 (100–120) |        2,000 (1,000–4,000) |               |                                |",
            "| cached  |        3 |                      55 (50–60) |          1,000 (900–1,200) | base          |                          0.50× |");
  }

  private static AppLaunch.Times times(double firstLine, double ready) {
    return new AppLaunch.Times(firstLine, ready);
  }
}
