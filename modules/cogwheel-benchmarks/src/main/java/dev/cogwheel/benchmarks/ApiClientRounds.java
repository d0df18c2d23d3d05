package dev.cogwheel.benchmarks;

import dev.cogwheel.benchmarks.internal.InterleavedRounds;
import dev.cogwheel.benchmarks.internal.RoundsOptions;
import dev.cogwheel.benchmarks.internal.RoundsTable;
import dev.cogwheel.benchmarks.internal.RoundsTable.Comparison;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The four GETs of {@link ApiClientBenchmark}, interleaved in one JVM: after a warm-up, rounds of
 * one short batch of each contender (the order turned round every other round), and each pair's
 * median of per-round ratios. On two cores the fork means of one JMH contender differ by a third
 * from fork to fork, more than the contenders differ; here each round's moment of the machine is
 * divided out, and every contender runs with the same JIT-compiled OkHttp.
 *
 * <pre>
 * java -cp benchmarks.jar dev.cogwheel.benchmarks.ApiClientRounds [--rounds 30] [--batch-ms 250] \
 *   [--warmup-s 20]
 * </pre>
 */
public final class ApiClientRounds {
  /** The ratios' targets: as {@code BenchmarkReport} states them for the JMH rows. */
  static final List<Comparison> COMPARISONS =
      List.of(
          new Comparison("cogwheel", "rawOkHttp", 1.10),
          new Comparison("cogwheelRetrofit", "rawRetrofit", 1.05));

  private ApiClientRounds() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @throws IllegalArgumentException for a command line it cannot read, naming the option
   * @throws RuntimeException whatever a GET throws
   */
  public static void main(String[] args) {
    RoundsOptions options =
        RoundsOptions.parse(args, new RoundsOptions(30, 250, 20, Map.of()), Set.of());
    System.out.print(run(options.rounds(), options.batchMillis(), options.warmUpSeconds()));
  }

  /** The table of a run: its settings on a line, then the contenders. */
  static String run(int rounds, long batchMillis, long warmUpSeconds) {
    ApiClientBenchmark benchmark = new ApiClientBenchmark();
    ApiClientBenchmark.ServerState server = new ApiClientBenchmark.ServerState();
    ApiClientBenchmark.CogwheelState cogwheel = new ApiClientBenchmark.CogwheelState();
    ApiClientBenchmark.RawState raw = new ApiClientBenchmark.RawState();
    ApiClientBenchmark.RetrofitState retrofit = new ApiClientBenchmark.RetrofitState();
    ApiClientBenchmark.RawRetrofitState rawRetrofit = new ApiClientBenchmark.RawRetrofitState();
    Deque<Runnable> tearDowns = new ArrayDeque<>();
    try {
      server.setUp();
      tearDowns.push(server::tearDown);
      cogwheel.setUp(server);
      tearDowns.push(cogwheel::tearDown);
      raw.setUp(server);
      tearDowns.push(raw::tearDown);
      retrofit.setUp(server);
      tearDowns.push(retrofit::tearDown);
      rawRetrofit.setUp(server, raw);
      Map<String, Supplier<?>> operations = new LinkedHashMap<>();
      operations.put("cogwheel", () -> benchmark.cogwheel(cogwheel));
      operations.put("rawOkHttp", () -> benchmark.rawOkHttp(raw));
      operations.put("cogwheelRetrofit", () -> benchmark.cogwheelRetrofit(retrofit));
      operations.put("rawRetrofit", () -> benchmark.rawRetrofit(rawRetrofit));
      InterleavedRounds interleaved =
          new InterleavedRounds(operations, TimeUnit.MILLISECONDS.toNanos(batchMillis));
      interleaved.warmUp(TimeUnit.SECONDS.toNanos(warmUpSeconds));
      Map<String, List<Double>> micros = interleaved.run(rounds);
      return String.format(
              "ApiClientBenchmark's GETs interleaved in one JVM (%s %s): %d s warm-up, %d rounds"
                  + " of one %d ms batch each%n%n",
              System.getProperty("java.vm.name"),
              System.getProperty("java.version"),
              warmUpSeconds,
              rounds,
              batchMillis)
          + RoundsTable.render(micros, COMPARISONS);
    } finally {
      // Whatever was set up is torn down, the last first, even when a set-up failed.
      tearDowns.forEach(Runnable::run);
    }
  }
}
