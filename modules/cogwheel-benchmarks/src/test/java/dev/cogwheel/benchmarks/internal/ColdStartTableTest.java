package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColdStartTableTest {
  private static Launch.Times millis(double firstLine, double ready) {
    return new Launch.Times((long) (firstLine * 1e6), (long) (ready * 1e6));
  }

  @Test
  void eachVariantHasItsMediansRangesAndPerRoundRatiosToTheFirst() {
    ColdStartTable table = new ColdStartTable();
    table.add("jdk25", millis(400, 2000));
    table.add("jdk25-aot", millis(100, 600));
    table.add("jdk25", millis(500, 1800));
    table.add("jdk25-aot", millis(150, 900));
    table.add("jdk25", millis(450, 1900));
    table.add("jdk25-aot", millis(90, 570));

    assertThat(table.render())
        .isEqualTo(
            "| variant   | launches | launch → first line, ms |     launch → ready, ms |"
                + " first line / jdk25 |    ready / jdk25 |\n"
                + "| --------- | -------: | ----------------------: | ---------------------: |"
                + " -----------------: | ---------------: |\n"
                + "| jdk25     |        3 |     450.0 (400.0–500.0) | 1900.0 (1800.0–2000.0) |"
                + "   1.00 (1.00–1.00) | 1.00 (1.00–1.00) |\n"
                + "| jdk25-aot |        3 |      100.0 (90.0–150.0) |    600.0 (570.0–900.0) |"
                + "   0.25 (0.20–0.30) | 0.30 (0.30–0.50) |\n");
  }

  @Test
  void variantsWithDifferentNumbersOfLaunchesAreRefused() {
    ColdStartTable table = new ColdStartTable();
    table.add("a", millis(1, 2));
    table.add("a", millis(1, 2));
    table.add("b", millis(1, 2));

    assertThatThrownBy(table::render)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("b has 1 launches, a has 2");
  }
}
