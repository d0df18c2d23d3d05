package dev.cogwheel.benchmarks;

import dev.cogwheel.benchmarks.internal.InterleavedRounds;
import dev.cogwheel.benchmarks.internal.LeastGuardedLifecycle;
import dev.cogwheel.benchmarks.internal.RoundsOptions;
import dev.cogwheel.benchmarks.internal.RoundsTable;
import dev.cogwheel.benchmarks.internal.RoundsTable.Comparison;
import dev.cogwheel.benchmarks.internal.StartStopContenders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The start + stop and per-test scenarios of issue 25 interleaved in one JVM: after a warm-up,
 * rounds of one short batch of each contender (the order turned round every other round), and
 * Cogwheel's median of per-round ratios to its baseline. The contenders are the JMH benchmarks' own
 * methods, so both ways of measuring time exactly the same operations.
 *
 * <pre>
 * java -cp benchmarks.jar dev.cogwheel.benchmarks.LifecycleRounds --scenario classes --n 100 \
 *   [--rounds 30] [--batch-ms 250] [--warmup-s 20]
 * </pre>
 *
 * <p>Scenarios: {@code classes} ({@link ClassGraphBenchmark}: {@code n} = 100, 200 or 1000
 * generated classes), {@code providers} ({@link StartStopBenchmark}: {@code n} provider
 * singletons), both against the least lifecycle and with the two guarded floors ({@link
 * LeastGuardedLifecycle}: the least lifecycle with a container's thread group and timed release,
 * the release on the parked start thread or on a new one); {@code per-test} ({@link
 * ContainerPerTestBenchmark}) against a plain injector per test.
 */
public final class LifecycleRounds {
  private static final String LEAST_GUARDED = "leastGuarded";
  private static final String LEAST_GUARDED_NEW = "leastGuardedNewThread";
  private static final LeastGuardedLifecycle.Release PARKED =
      LeastGuardedLifecycle.Release.PARKED_START_THREAD;
  private static final LeastGuardedLifecycle.Release NEW = LeastGuardedLifecycle.Release.NEW_THREAD;

  private LifecycleRounds() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @throws IllegalArgumentException for a command line it cannot read, naming the option
   * @throws RuntimeException whatever an operation throws
   */
  public static void main(String[] args) {
    RoundsOptions options =
        RoundsOptions.parse(
            args, new RoundsOptions(30, 250, 20, Map.of()), Set.of("--scenario", "--n"));
    String scenario = options.other("--scenario", "classes");
    int n = Integer.parseInt(options.other("--n", "100"));
    int rounds = options.rounds();
    long batchMillis = options.batchMillis();
    long warmUpSeconds = options.warmUpSeconds();
    Map<String, Supplier<?>> operations = operations(scenario, n);
    InterleavedRounds interleaved =
        new InterleavedRounds(operations, TimeUnit.MILLISECONDS.toNanos(batchMillis));
    interleaved.warmUp(TimeUnit.SECONDS.toNanos(warmUpSeconds));
    Map<String, List<Double>> micros = interleaved.run(rounds);
    List<String> names = List.copyOf(operations.keySet());
    System.out.printf(
        "%s%s, interleaved in one JVM (%s %s): %d s warm-up, %d rounds of one %d ms batch each%n%n%s",
        scenario,
        scenario.equals("per-test") ? "" : ", n=" + n,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        warmUpSeconds,
        rounds,
        batchMillis,
        RoundsTable.render(micros, comparisons(names)));
  }

  /**
   * Cogwheel against its baseline (target 1.10×); where the guarded floors ran, each floor against
   * the baseline with the same target (whether a lifecycle with only those guarantees could meet
   * it) and Cogwheel against the floor that is its own way.
   */
  static List<Comparison> comparisons(List<String> names) {
    String baseline = names.get(1);
    List<Comparison> comparisons = new ArrayList<>();
    comparisons.add(new Comparison("cogwheel", baseline, 1.10));
    if (names.contains(LEAST_GUARDED)) {
      comparisons.add(new Comparison(LEAST_GUARDED, baseline, 1.10));
      comparisons.add(new Comparison(LEAST_GUARDED_NEW, baseline, 1.10));
      comparisons.add(new Comparison("cogwheel", LEAST_GUARDED, 1.10));
    }
    return comparisons;
  }

  /**
   * The scenario's contenders, Cogwheel first and its baseline second, each made ready as JMH's
   * set-up makes it; for a start + stop scenario, then the two guarded floors.
   */
  static Map<String, Supplier<?>> operations(String scenario, int n) {
    Map<String, Supplier<?>> operations = new LinkedHashMap<>();
    switch (scenario) {
      case "classes" -> {
        ClassGraphBenchmark graph = new ClassGraphBenchmark();
        graph.n = n;
        graph.setUp();
        putStartStop(operations, graph);
      }
      case "providers" -> {
        StartStopBenchmark graph = new StartStopBenchmark();
        graph.n = n;
        graph.setUp();
        putStartStop(operations, graph);
      }
      case "per-test" -> {
        ContainerPerTestBenchmark perTest = new ContainerPerTestBenchmark();
        perTest.setUp();
        operations.put("cogwheel", unchecked(perTest::cogwheel));
        operations.put("plainGuice", perTest::plainGuice);
      }
      default ->
          throw new IllegalArgumentException(
              "unknown --scenario " + scenario + "; one of classes, providers, per-test");
    }
    return operations;
  }

  private static void putStartStop(Map<String, Supplier<?>> operations, StartStopContenders graph) {
    operations.put("cogwheel", graph::cogwheel);
    operations.put("leastLifecycle", unchecked(graph::leastLifecycle));
    operations.put(LEAST_GUARDED, unchecked(() -> graph.leastGuardedLifecycle(PARKED)));
    operations.put(LEAST_GUARDED_NEW, unchecked(() -> graph.leastGuardedLifecycle(NEW)));
  }

  private static Supplier<?> unchecked(Callable<?> operation) {
    return () -> {
      try {
        return operation.call();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
