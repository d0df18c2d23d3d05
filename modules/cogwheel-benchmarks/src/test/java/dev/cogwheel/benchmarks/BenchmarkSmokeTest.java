package dev.cogwheel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once, through JMH's generated code, in this JVM: no warm-up, one
 * single-shot iteration. It measures nothing; it keeps the benchmarks from rotting.
 */
class BenchmarkSmokeTest {
  private static Set<Thread> threadsBefore;
  private static Collection<RunResult> results;

  @BeforeAll
  static void runEveryBenchmarkOnce() throws RunnerException {
    threadsBefore = Thread.getAllStackTraces().keySet();
    Options options =
        new OptionsBuilder()
            .include(BenchmarkReport.ALL)
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .mode(Mode.SingleShotTime)
            .measurementBatchSize(1)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();
    results = new Runner(options).run();
  }

  @Test
  void runsEveryBenchmarkMethodWithEveryParameter() {
    Set<String> runs =
        results.stream()
            .map(
                r ->
                    r.getParams().getBenchmark().replace("dev.cogwheel.benchmarks.", "")
                        + r.getParams().getParamsKeys().stream()
                            .map(k -> " " + k + "=" + r.getParams().getParam(k))
                            .collect(Collectors.joining()))
            .collect(Collectors.toSet());

    assertThat(runs)
        .containsExactlyInAnyOrder(
            "StartStopBenchmark.cogwheel n=10",
            "StartStopBenchmark.cogwheel n=100",
            "StartStopBenchmark.cogwheel n=1000",
            "StartStopBenchmark.plainGuice n=10",
            "StartStopBenchmark.plainGuice n=100",
            "StartStopBenchmark.plainGuice n=1000",
            "StartStopBenchmark.plainGuiceOnAThread n=10",
            "StartStopBenchmark.plainGuiceOnAThread n=100",
            "StartStopBenchmark.plainGuiceOnAThread n=1000",
            "StartStopBenchmark.spring n=10",
            "StartStopBenchmark.spring n=100",
            "StartStopBenchmark.spring n=1000",
            "StartStopBenchmark.leastLifecycle n=10",
            "StartStopBenchmark.leastLifecycleByType n=10",
            "StartStopBenchmark.leastLifecycle n=100",
            "StartStopBenchmark.leastLifecycleByType n=100",
            "StartStopBenchmark.leastLifecycle n=1000",
            "StartStopBenchmark.leastLifecycleByType n=1000",
            "ClassGraphBenchmark.cogwheel n=100",
            "ClassGraphBenchmark.cogwheel n=200",
            "ClassGraphBenchmark.cogwheel n=1000",
            "ClassGraphBenchmark.plainGuice n=100",
            "ClassGraphBenchmark.plainGuice n=200",
            "ClassGraphBenchmark.plainGuice n=1000",
            "ClassGraphBenchmark.plainGuiceOnAThread n=100",
            "ClassGraphBenchmark.plainGuiceOnAThread n=200",
            "ClassGraphBenchmark.plainGuiceOnAThread n=1000",
            "ClassGraphBenchmark.spring n=100",
            "ClassGraphBenchmark.spring n=200",
            "ClassGraphBenchmark.spring n=1000",
            "ClassGraphBenchmark.leastLifecycle n=100",
            "ClassGraphBenchmark.leastLifecycle n=200",
            "ClassGraphBenchmark.leastLifecycle n=1000",
            "ClassGraphBenchmark.leastLifecycleByType n=100",
            "ClassGraphBenchmark.leastLifecycleByType n=200",
            "ClassGraphBenchmark.leastLifecycleByType n=1000",
            "ContainerPerTestBenchmark.cogwheel",
            "ContainerPerTestBenchmark.plainGuice",
            "ProvisionBenchmark.cogwheel",
            "ProvisionBenchmark.plainGuice",
            "ProvisionBenchmark.guiceNoOpListener",
            "ProvisionBenchmark.guiceInjectionListener",
            "ProvisionBenchmark.spring",
            "RestartBenchmark.cogwheel",
            "RestartBenchmark.plainGuice",
            "RestartBenchmark.spring",
            "ApiClientBenchmark.cogwheel",
            "ApiClientBenchmark.rawOkHttp",
            "ApiClientBenchmark.cogwheelRetrofit",
            "ApiClientBenchmark.rawRetrofit",
            "ParallelIoStartBenchmark.parallel ioMillis=5 nodes=64 width=8",
            "ParallelIoStartBenchmark.sequential ioMillis=5 nodes=64 width=8",
            "ParallelIoStartBenchmark.criticalPath ioMillis=5 nodes=64 width=8",
            "ParallelCpuStartBenchmark.parallel n=1000 threads=2",
            "ParallelCpuStartBenchmark.sequential n=1000 threads=2",
            "AdminServerBenchmark.cogwheel",
            "AdminServerBenchmark.jdkHttpServer");
  }

  @Test
  void reportsEveryScenarioWithItsRatios() {
    String report = BenchmarkReport.report(results);

    assertThat(
            report
                .lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| -"))
                .map(line -> line.split("\\|")[1].trim())
                .toList())
        .containsExactly(
            "scenario",
            "start + stop, 10 singletons",
            "start + stop, 100 singletons",
            "start + stop, 1000 singletons",
            "start + stop, 100 @Singleton classes",
            "start + stop, 200 @Singleton classes",
            "start + stop, 1000 @Singleton classes",
            "scenario",
            "restart (stop + start), 100 singletons",
            "a fresh container per test, 50 components",
            "unscoped provision with @PostConstruct",
            "ApiClient GET + JSON decode (loopback)",
            "Retrofit service GET + JSON decode (loopback)",
            "admin GET /health/live, kept-alive connection (loopback)",
            "scenario",
            "start, 64 singletons of 5 ms I/O in 8 layers, 8 threads",
            "start + stop, 1000 singletons, 2 threads");
  }

  @Test
  void leavesNoThreadBehind() {
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(newThreads()).isEmpty());
  }

  /**
   * Threads started since the run began, but this one (Awaitility's) and OkHttp's JVM-wide ones,
   * which idle out by themselves.
   */
  private static List<String> newThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(t -> !threadsBefore.contains(t) && t != Thread.currentThread())
        .map(Thread::getName)
        .filter(name -> !name.startsWith("OkHttp TaskRunner") && !name.startsWith("Okio Watchdog"))
        .toList();
  }
}
