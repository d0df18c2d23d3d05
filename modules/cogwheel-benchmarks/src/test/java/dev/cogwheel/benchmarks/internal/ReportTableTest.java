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

  private static Measurement classGraph(String method, double score) {
    return new Measurement("ClassGraphBenchmark", method, Map.of("n", "1000"), score, 1.5, "us/op");
  }

  private static Measurement provision(String method, double score, double error) {
    return new Measurement("ProvisionBenchmark", method, Map.of(), score, error, "ns/op");
  }

  private static Measurement perTest(String method, double score) {
    return new Measurement("ContainerPerTestBenchmark", method, Map.of(), score, 1.5, "us/op");
  }

  private static Measurement apiGet(String method, double score) {
    return new Measurement("ApiClientBenchmark", method, Map.of(), score, 1.5, "us/op");
  }

  @Test
  void rendersOneRowPerScenarioAndParameterWithEachRatioAndTheVerdict() {
    ReportTable table =
        ReportTable.of(
            List.of(
                provision("cogwheel", 52, Double.NaN),
                provision("plainGuice", 50, 2.25),
                provision("spring", 500, 10),
                startStop("spring", "1000", 20000),
                startStop("plainGuice", "1000", 12000),
                startStop("plainGuiceOnAThread", "1000", 10000),
                startStop("leastLifecycle", "1000", 10000),
                startStop("cogwheel", "1000", 10400)));

    assertThat(table.render())
        .isEqualTo(
            "| scenario                      | unit  |     Cogwheel | least lifecycle | least lifecycle by type |        floor | floor on a thread |       Spring | Cogwheel/least lifecycle | Cogwheel/least lifecycle by type | Cogwheel/floor | Cogwheel/floor on a thread | Cogwheel/Spring | target                                  | result |\n"
                + "| ----------------------------- | ----- | -----------: | --------------: | ----------------------: | -----------: | ----------------: | -----------: | -----------------------: | -------------------------------: | -------------: | -------------------------: | --------------: | --------------------------------------- | ------ |\n"
                + "| start + stop, 1000 singletons | us/op | 10400 ± 1.50 |    10000 ± 1.50 |                       — | 12000 ± 1.50 |      10000 ± 1.50 | 20000 ± 1.50 |                    1.04× |                                — |          0.87× |                      1.04× |           0.52× | ≤ 1.10× least lifecycle, < 1.00× Spring | met    |\n"
                + "\n"
                + "| scenario                               | unit  | Cogwheel |       floor | floor on a thread |     Spring | Cogwheel/floor | Cogwheel/floor on a thread | Cogwheel/Spring | target                        | result |\n"
                + "| -------------------------------------- | ----- | -------: | ----------: | ----------------: | ---------: | -------------: | -------------------------: | --------------: | ----------------------------- | ------ |\n"
                + "| unscoped provision with @PostConstruct | ns/op |     52.0 | 50.0 ± 2.25 |                 — | 500 ± 10.0 |          1.04× |                          — |           0.10× | ≤ 1.10× floor, < 1.00× Spring | met    |\n");
  }

  @Test
  void splitsApiClientBenchmarkIntoItsApiClientAndRetrofitRows() {
    ReportTable table =
        ReportTable.of(
            List.of(
                apiGet("cogwheel", 110),
                apiGet("rawOkHttp", 100),
                apiGet("cogwheelRetrofit", 104),
                apiGet("rawRetrofit", 100)));

    assertThat(table.titles())
        .containsExactly(
            "ApiClient GET + JSON decode (loopback)",
            "Retrofit service GET + JSON decode (loopback)");
    assertThat(table.ratio("ApiClient GET + JSON decode (loopback)", Contender.FLOOR))
        .isEqualTo(1.10);
    assertThat(table.ratio("Retrofit service GET + JSON decode (loopback)", Contender.FLOOR))
        .isEqualTo(1.04);
    assertThat(table.render()).contains("| ≤ 1.05× floor ").contains("| ≤ 1.10× floor ");
  }

  @Test
  void listsDiagnosticsUnderTheTableWithTheirRatioToTheFloorAndCogwheelsToThem() {
    ReportTable table =
        ReportTable.of(
            List.of(
                provision("cogwheel", 44, 1),
                provision("plainGuice", 40, 1),
                provision("guiceNoOpListener", 50, 0.5)));

    assertThat(table.render())
        .endsWith(
            "1.10× |                          — |               — | ≤ 1.10× floor, < 1.00× Spring | n/a    |\n"
                + "\ndiagnostic, unscoped provision with @PostConstruct: guiceNoOpListener 50.0 ± 0.50 ns/op, 1.25× floor; Cogwheel 0.88× it\n");
  }

  @Test
  void comparesAStartAndStopWithBothLeastLifecyclesInColumnsOfTheirOwn() {
    ReportTable table =
        ReportTable.of(
            List.of(
                classGraph("cogwheel", 2100),
                classGraph("leastLifecycle", 2000),
                classGraph("leastLifecycleByType", 1750),
                classGraph("plainGuiceOnAThread", 1600),
                classGraph("spring", 4200)));

    assertThat(table.ratio("start + stop, 1000 @Singleton classes", Contender.LEAST_LIFECYCLE))
        .isCloseTo(1.05, within(1e-9));
    assertThat(
            table.ratio("start + stop, 1000 @Singleton classes", Contender.LEAST_LIFECYCLE_BY_TYPE))
        .isCloseTo(1.20, within(1e-9));
    assertThat(table.render())
        .startsWith(
            "| scenario                              | unit  |    Cogwheel | least lifecycle | least lifecycle by type | floor | floor on a thread |      Spring |"
                + " Cogwheel/least lifecycle | Cogwheel/least lifecycle by type | Cogwheel/floor | Cogwheel/floor on a thread | Cogwheel/Spring | target                                  | result |\n")
        .endsWith(
            "1.05× |                            1.20× |              — |                      1.31× |           0.50× | ≤ 1.10× least lifecycle, < 1.00× Spring | met    |\n");
  }

  @Test
  void boundsTheContainerPerTestByItsOwnTimeAndByThePlainInjector() {
    ReportTable met = ReportTable.of(List.of(perTest("cogwheel", 900), perTest("plainGuice", 950)));
    ReportTable tooSlow =
        ReportTable.of(List.of(perTest("cogwheel", 1100), perTest("plainGuice", 1200)));
    ReportTable notCheaper =
        ReportTable.of(List.of(perTest("cogwheel", 900), perTest("plainGuice", 900)));

    assertThat(met.render()).endsWith("| < 1.00× floor, ≤ 1000 us/op | met    |\n");
    assertThat(tooSlow.render()).endsWith("| MISSED |\n");
    assertThat(notCheaper.render()).endsWith("| MISSED |\n");
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
                startStop("cogwheel", "100", 1150),
                startStop("leastLifecycle", "100", 1000),
                startStop("plainGuiceOnAThread", "100", 900)));

    assertThat(table.ratio("start + stop, 100 singletons", Contender.LEAST_LIFECYCLE))
        .isCloseTo(1.15, within(1e-9));
    assertThat(table.render()).contains("| ≤ 1.10× least lifecycle | MISSED |\n");
  }

  @Test
  void beingSlowerThanSpringMissesTheTargetAt1000() {
    ReportTable table =
        ReportTable.of(
            List.of(
                startStop("cogwheel", "1000", 11000),
                startStop("leastLifecycle", "1000", 11000),
                startStop("spring", "1000", 10000)));

    assertThat(table.ratio("start + stop, 1000 singletons", Contender.PEER))
        .isCloseTo(1.1, within(1e-9));
    assertThat(table.render()).endsWith("| MISSED |\n");
  }

  @Test
  void aTargetWithoutTheRatioItNeedsIsNotApplicable() {
    ReportTable table =
        ReportTable.of(
            List.of(startStop("cogwheel", "1000", 11000), startStop("plainGuice", "1000", 10000)));

    assertThat(table.ratio("start + stop, 1000 singletons", Contender.LEAST_LIFECYCLE)).isNaN();
    assertThat(table.render()).endsWith("| n/a    |\n");
  }

  @Test
  void aScenarioWithoutTargetHasNoVerdict() {
    ReportTable table =
        ReportTable.of(
            List.of(startStop("cogwheel", "10", 500), startStop("plainGuice", "10", 100)));

    assertThat(table.render())
        .endsWith("5.00× |                          — |               — |        |        |\n");
  }

  @Test
  void rendersTheParallelStartsInATableOfTheirOwnAfterTheLifecycleTable() {
    Map<String, String> io = Map.of("nodes", "64", "width", "8", "ioMillis", "5");
    Map<String, String> cpu = Map.of("n", "1000", "threads", "2");
    ReportTable table =
        ReportTable.of(
            List.of(
                new Measurement("ParallelIoStartBenchmark", "parallel", io, 44, 1, "ms/op"),
                new Measurement("ParallelIoStartBenchmark", "sequential", io, 330, 5, "ms/op"),
                new Measurement("ParallelIoStartBenchmark", "criticalPath", io, 41, 0.5, "ms/op"),
                new Measurement("ParallelCpuStartBenchmark", "parallel", cpu, 10500, 300, "us/op"),
                new Measurement(
                    "ParallelCpuStartBenchmark", "sequential", cpu, 10000, 200, "us/op"),
                provision("cogwheel", 44, 1),
                provision("plainGuice", 40, 1)));

    assertThat(table.render())
        .endsWith(
            "\n\n| scenario                                                | unit  |    parallel |  sequential | critical path | parallel/sequential | parallel/critical path | target                | result |\n"
                + "| ------------------------------------------------------- | ----- | ----------: | ----------: | ------------: | ------------------: | ---------------------: | --------------------- | ------ |\n"
                + "| start, 64 singletons of 5 ms I/O in 8 layers, 8 threads | ms/op | 44.0 ± 1.00 |  330 ± 5.00 |   41.0 ± 0.50 |               0.13× |                  1.07× | ≤ 1.15× critical path | met    |\n"
                + "| start + stop, 1000 singletons, 2 threads                | us/op | 10500 ± 300 | 10000 ± 200 |             — |               1.05× |                      — | ≤ 1.10× sequential    | met    |\n");
  }

  @Test
  void rejectsAContenderThatTheScenariosTableHasNoColumnFor() {
    assertThatThrownBy(() -> ReportTable.of(List.of(startStop("parallel", "10", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "StartStopBenchmark.parallel is a parallel result, which the START_STOP table has no column for");
  }

  @Test
  void rejectsAMethodThatIsNoContender() {
    assertThatThrownBy(() -> ReportTable.of(List.of(startStop("dagger", "10", 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "benchmark method StartStopBenchmark.dagger is not a contender: name it one of cogwheel, cogwheelRetrofit, criticalPath,"
                + " guiceInjectionListener, guiceNoOpListener, jdkHttpServer, leastLifecycle, leastLifecycleByType, parallel, plainGuice, plainGuiceOnAThread, rawOkHttp,"
                + " rawRetrofit, sequential, spring");
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
