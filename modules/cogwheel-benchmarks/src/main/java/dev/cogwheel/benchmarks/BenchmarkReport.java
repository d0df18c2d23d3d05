package dev.cogwheel.benchmarks;

import dev.cogwheel.benchmarks.internal.Measurement;
import dev.cogwheel.benchmarks.internal.ReportTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks with JMH and prints, after JMH's own output, the tables of the results with
 * the ratios of Cogwheel to each baseline and whether each goal was met.
 *
 * <p>Takes JMH's command-line options ({@code -h} lists them); what the command line leaves unset
 * gets the defaults below, which run every benchmark in about 12 minutes on 2 cores. For example
 * {@code java -jar benchmarks.jar StartStop -p n=1000 -prof stack} runs one scenario with a
 * profiler.
 */
public final class BenchmarkReport {
  /** The benchmarks run when the command line names none: every benchmark of this package. */
  public static final String ALL = "dev\\.cogwheel\\.benchmarks\\.[A-Za-z]+Benchmark\\.";

  /** Forked JVMs per benchmark. */
  public static final int FORKS = 3;

  /** Measured iterations per fork. */
  public static final int MEASUREMENT_ITERATIONS = 5;

  /** The length of each warm-up and measured iteration. */
  public static final TimeValue ITERATION_TIME = TimeValue.seconds(1);

  /** The forked JVMs' options: a fixed heap, so that heap resizing is not measured. */
  public static final List<String> JVM_ARGS = List.of("-Xms1g", "-Xmx1g");

  private BenchmarkReport() {}

  /**
   * Runs the benchmarks and prints the tables to standard output; or, as JMH's own launcher does,
   * only prints the help ({@code -h}), the profilers ({@code -lprof}), the result formats ({@code
   * -lrf}) or the benchmarks that would run ({@code -l}, {@code -lp}).
   *
   * @param args JMH's command-line options
   * @throws CommandLineOptionException if the options cannot be parsed
   * @throws RunnerException if JMH cannot run the benchmarks
   * @throws IOException if the help text ({@code -h}) cannot be written
   */
  public static void main(String[] args)
      throws CommandLineOptionException, RunnerException, IOException {
    CommandLineOptions commandLine = new CommandLineOptions(args);
    if (commandLine.shouldHelp()) {
      commandLine.showHelp();
      return;
    }
    if (commandLine.shouldListProfilers()) {
      commandLine.listProfilers();
      return;
    }
    if (commandLine.shouldListResultFormats()) {
      commandLine.listResultFormats();
      return;
    }
    Options options = withDefaults(commandLine);
    Runner runner = new Runner(options);
    if (commandLine.shouldList()) {
      runner.list();
      return;
    }
    if (commandLine.shouldListWithParams()) {
      runner.listWithParams(commandLine);
      return;
    }
    Collection<RunResult> results = runner.run();
    System.out.println();
    System.out.print(report(results));
  }

  /**
   * {@code commandLine} with the defaults of this class wherever it sets nothing: every benchmark,
   * {@value #FORKS} forks, warm-up iterations of {@link #ITERATION_TIME} and {@value
   * #MEASUREMENT_ITERATIONS} measured ones, and {@link #JVM_ARGS}. The number of warm-up iterations
   * is left to each benchmark: its {@code @Warmup}, else JMH's default of 5. A benchmark whose
   * operation runs code of many distinct classes once each, as {@link ClassGraphBenchmark} does,
   * needs more operations before that code is compiled.
   */
  public static Options withDefaults(Options commandLine) {
    ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine);
    if (commandLine.getIncludes().isEmpty()) {
      options.include(ALL);
    }
    if (!commandLine.getForkCount().hasValue()) {
      options.forks(FORKS);
    }
    if (!commandLine.getWarmupTime().hasValue()) {
      options.warmupTime(ITERATION_TIME);
    }
    if (!commandLine.getMeasurementIterations().hasValue()) {
      options.measurementIterations(MEASUREMENT_ITERATIONS);
    }
    if (!commandLine.getMeasurementTime().hasValue()) {
      options.measurementTime(ITERATION_TIME);
    }
    if (!commandLine.getJvmArgs().hasValue()) {
      options.jvmArgs(JVM_ARGS.toArray(String[]::new));
    }
    return options.build();
  }

  /**
   * The report of {@code results}: a line on the machine and the JMH settings, the table, and what
   * the floor is. Empty of rows if {@code results} is empty.
   *
   * @throws IllegalArgumentException if a result is not one of this package's benchmarks
   */
  public static String report(Collection<RunResult> results) {
    StringBuilder out = new StringBuilder();
    if (!results.isEmpty()) {
      BenchmarkParams params = results.iterator().next().getParams();
      out.append(
          String.format(
              "Cogwheel benchmarks: %d cores, %s %s (JDK %s), JMH %s; %d fork(s), warm-up %d × %s, measurement %d × %s%n%n",
              Runtime.getRuntime().availableProcessors(),
              params.getVmName(),
              params.getVmVersion(),
              params.getJdkVersion(),
              params.getJmhVersion(),
              params.getForks(),
              params.getWarmup().getCount(),
              params.getWarmup().getTime(),
              params.getMeasurement().getCount(),
              params.getMeasurement().getTime()));
    }
    out.append(ReportTable.of(measurements(results)).render());
    out.append(
        String.format(
            "%nfloor: plain Guice 7 createInjector(Stage.PRODUCTION) on JMH's thread, no lifecycle; for the GET, a raw"
                + " OkHttpClient call decoded by Jackson by hand; for the admin round trip, the JDK's HTTP server with a"
                + " fixed answer. floor on a thread: the same injector created on a new thread, as Cogwheel creates its"
                + " own.%nparallel: startThreads above 1; sequential: startThreads(1); critical path: the graph's longest"
                + " chain alone, started on one thread.%nScores are averages with their 99.9%% confidence half-width;"
                + " lower is better.%n"));
    return out.toString();
  }

  /**
   * The primary result of each run, named by benchmark class and method.
   *
   * @throws IllegalArgumentException if a benchmark's name has no class and method part
   */
  public static List<Measurement> measurements(Collection<RunResult> results) {
    List<Measurement> measurements = new ArrayList<>(results.size());
    for (RunResult result : results) {
      BenchmarkParams params = result.getParams();
      String benchmark = params.getBenchmark();
      int method = benchmark.lastIndexOf('.');
      int type = benchmark.lastIndexOf('.', method - 1);
      if (method < 0 || type < 0) {
        throw new IllegalArgumentException(
            "benchmark '" + benchmark + "' is not named <package>.<class>.<method>");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (String key : params.getParamsKeys()) {
        values.put(key, params.getParam(key));
      }
      Result<?> primary = result.getPrimaryResult();
      measurements.add(
          new Measurement(
              benchmark.substring(type + 1, method),
              benchmark.substring(method + 1),
              values,
              primary.getScore(),
              primary.getScoreError(),
              primary.getScoreUnit()));
    }
    return measurements;
  }
}
