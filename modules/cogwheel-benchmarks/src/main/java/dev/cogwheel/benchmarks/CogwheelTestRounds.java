package dev.cogwheel.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.cogwheel.benchmarks.internal.CogwheelPerTest;
import dev.cogwheel.benchmarks.internal.EmptyPerTest;
import dev.cogwheel.benchmarks.internal.InterleavedRounds;
import dev.cogwheel.benchmarks.internal.PlainInjectorPerTest;
import dev.cogwheel.benchmarks.internal.RoundsOptions;
import dev.cogwheel.benchmarks.internal.RoundsTable;
import dev.cogwheel.benchmarks.internal.RoundsTable.Comparison;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What a fresh container per test costs where users pay it: real JUnit tests run by JUnit's own
 * launcher, {@code @CogwheelTest} ({@link CogwheelPerTest}) against a plain injector made in
 * {@code @BeforeEach} ({@link PlainInjectorPerTest}), {@value CogwheelPerTest#TESTS} tests of the
 * 50-component app per class. Each contender's operation runs its whole class (discovery included,
 * the same for both) and fails if a test failed; the table gives microseconds per test, interleaved
 * in one JVM, with Cogwheel's median of per-round ratios. A third class of as many empty tests
 * ({@link EmptyPerTest}) shows what JUnit itself costs per test.
 *
 * <p>Unlike {@link ContainerPerTestBenchmark}, the injectors are made from inside a test's own call
 * stack, as a test makes them: Guice records each binding's source from a stack trace, whose cost
 * grows with that stack's depth, and a JUnit test runs some sixty frames deep.
 *
 * <pre>
 * java -cp benchmarks.jar dev.cogwheel.benchmarks.CogwheelTestRounds [--rounds 30] \
 *   [--batch-ms 500] [--warmup-s 20]
 * </pre>
 */
public final class CogwheelTestRounds {
  /** Cogwheel's target: cheaper than the plain injector per test. */
  static final List<Comparison> COMPARISONS =
      List.of(new Comparison("cogwheelTest", "plainInjectorTest", 1.00));

  private CogwheelTestRounds() {}

  /**
   * Runs the rounds and prints the table.
   *
   * @throws IllegalArgumentException for a command line it cannot read, naming the option
   * @throws IllegalStateException if a test failed
   */
  public static void main(String[] args) {
    RoundsOptions options =
        RoundsOptions.parse(args, new RoundsOptions(30, 500, 20, Map.of()), Set.of());
    System.out.print(run(options.rounds(), options.batchMillis(), options.warmUpSeconds()));
  }

  /** The table of a run: its settings on a line, then the contenders, per test. */
  static String run(int rounds, long batchMillis, long warmUpSeconds) {
    Launcher launcher = LauncherFactory.create();
    Map<String, Supplier<?>> operations = new LinkedHashMap<>();
    operations.put("cogwheelTest", () -> runClass(launcher, CogwheelPerTest.class));
    operations.put("plainInjectorTest", () -> runClass(launcher, PlainInjectorPerTest.class));
    operations.put("emptyTest", () -> runClass(launcher, EmptyPerTest.class));
    InterleavedRounds interleaved =
        new InterleavedRounds(operations, TimeUnit.MILLISECONDS.toNanos(batchMillis));
    interleaved.warmUp(TimeUnit.SECONDS.toNanos(warmUpSeconds));
    Map<String, List<Double>> perTest = new LinkedHashMap<>();
    interleaved
        .run(rounds)
        .forEach(
            (name, micros) ->
                perTest.put(
                    name,
                    micros.stream().map(perClass -> perClass / CogwheelPerTest.TESTS).toList()));
    return String.format(
            "Real JUnit tests, %d per class, interleaved in one JVM (%s %s): %d s warm-up, %d"
                + " rounds of one %d ms batch each; µs per test%n%n",
            CogwheelPerTest.TESTS,
            System.getProperty("java.vm.name"),
            System.getProperty("java.version"),
            warmUpSeconds,
            rounds,
            batchMillis)
        + RoundsTable.render(perTest, COMPARISONS);
  }

  /**
   * Runs every test of {@code testClass}.
   *
   * @return the summary
   * @throws IllegalStateException naming the first failure if a test failed or none ran
   */
  static TestExecutionSummary runClass(Launcher launcher, Class<?> testClass) {
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(),
        listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTotalFailureCount() > 0
        || summary.getTestsSucceededCount() != CogwheelPerTest.TESTS) {
      Throwable first =
          summary.getFailures().isEmpty() ? null : summary.getFailures().get(0).getException();
      throw new IllegalStateException(
          testClass.getSimpleName()
              + ": "
              + summary.getTestsSucceededCount()
              + " of "
              + CogwheelPerTest.TESTS
              + " tests passed",
          first);
    }
    return summary;
  }
}
