package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTableTest {

  private static Measurement startStop(String method, String n, double score) {
    return new Measurement("StartStopBenchmark", method, Map.of("n", n), score, 1.5, "us/op");
  }

  private static Measurement provision(String method, double score, double error) {
    return new Measurement("ProvisionBenchmark", method, Map.of(), score, error, "ns/op");
  }

  @Test
  void rendersOneRowPerScenarioAndParameterWithRatiosAndVerdicts() {
    ReportTable table =
        ReportTable.of(
            List.of(
                provision("cogwheel", 60, Double.NaN),
                provision("plainGuice", 50, 2.25),
                startStop("spring", "1000", 20000),
                startStop("plainGuice", "1000", 10000),
                startStop("cogwheel", "1000", 12000)));

    assertThat(table.render())
        .isEqualTo(
            "| scenario                               | unit  |     Cogwheel |        floor |       Spring | Cogwheel/floor | Cogwheel/Spring | target                        | result |\n"
                + "| -------------------------------------- | ----- | -----------: | -----------: | -----------: | -------------: | --------------: | ----------------------------- | ------ |\n"
                + "| start + stop, 1000 singletons          | us/op | 12000 ± 1.50 | 10000 ± 1.50 | 20000 ± 1.50 |          1.20× |           0.60× | ≤ 1.25× floor, < 1.00× Spring | met    |\n"
                + "| unscoped provision with @PostConstruct | ns/op |         60.0 |  50.0 ± 2.25 |            — |          1.20× |               — | ≤ 1.50× floor                 | met    |\n");
  }

  @Test
  void listsDiagnosticsUnderTheTableWithTheirRatioToTheFloor() {
    ReportTable table =
        ReportTable.of(
            List.of(
                provision("cogwheel", 60, 1),
                provision("plainGuice", 40, 1),
                provision("guiceNoOpListener", 50, 0.5)));

    assertThat(table.render())
        .endsWith(
            "| unscoped provision with @PostConstruct | ns/op | 60.0 ± 1.00 | 40.0 ± 1.00 |      — |          1.50× |               — | ≤ 1.50× floor | met    |\n"
                + "\ndiagnostic, unscoped provision with @PostConstruct: guiceNoOpListener 50.0 ± 0.50 ns/op, 1.25× floor\n");
  }

  @Test
  void ordersRowsByScenarioThenNumericParameter() {
    ReportTable table =
        ReportTable.of(
            List.of(
                provision("cogwheel", 60, 1),
                startStop("cogwheel", "1000", 3),
                startStop("cogwheel", "10", 1),
                startStop("cogwheel", "100", 2)));

    assertThat(table.titles())
        .containsExactly(
            "start + stop, 10 singletons",
            "start + stop, 100 singletons",
            "start + stop, 1000 singletons",
            "unscoped provision with @PostConstruct");
  }

  @Test
  void aRatioAboveTheTargetIsMissed() {
    ReportTable table =
        ReportTable.of(
            List.of(
                startStop("cogwheel", "1000", 13000),
                startStop("plainGuice", "1000", 10000),
                startStop("spring", "1000", 20000)));

    assertThat(table.ratioVsFloor("start + stop, 1000 singletons")).isCloseTo(1.3, within(1e-9));
    assertThat(table.render()).contains(" 1.30× |").endsWith("| MISSED |\n");
  }

  @Test
  void beingSlowerThanSpringMissesTheStartStopTarget() {
    ReportTable table =
        ReportTable.of(
            List.of(
                startStop("cogwheel", "1000", 11000),
                startStop("plainGuice", "1000", 10000),
                startStop("spring", "1000", 10000)));

    assertThat(table.ratioVsPeer("start + stop, 1000 singletons")).isCloseTo(1.1, within(1e-9));
    assertThat(table.render()).endsWith("| MISSED |\n");
  }

  @Test
  void aTargetWithoutTheRatioItNeedsIsNotApplicable() {
    ReportTable table =
        ReportTable.of(
            List.of(startStop("cogwheel", "1000", 11000), startStop("plainGuice", "1000", 10000)));

    assertThat(table.ratioVsPeer("start + stop, 1000 singletons")).isNaN();
    assertThat(table.render()).endsWith("| n/a    |\n");
  }

  @Test
  void rejectsAMethodThatIsNoContender() {
    assertThatThrownBy(() -> ReportTable.of(List.of(startStop("dagger", "10", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "benchmark method StartStopBenchmark.dagger is not a contender: name it cogwheel, plainGuice, rawOkHttp, spring,"
                + " guiceNoOpListener, guiceInjectionListener or plainGuiceOnAThread");
  }

  @Test
  void rejectsABenchmarkClassWithoutScenario() {
    assertThatThrownBy(
            () ->
                ReportTable.of(
                    List.of(
                        new Measurement("ParseBenchmark", "cogwheel", Map.of(), 1, 0, "ns/op"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("benchmark class ParseBenchmark has no Scenario: add one to report it");
  }

  @Test
  void rejectsContendersMeasuredInDifferentUnits() {
    assertThatThrownBy(
            () ->
                ReportTable.of(
                    List.of(
                        provision("cogwheel", 1, 0),
                        new Measurement("ProvisionBenchmark", "spring", Map.of(), 1, 0, "us/op"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProvisionBenchmark {} mixes units: cogwheel in ns/op, spring in us/op");
  }
}
