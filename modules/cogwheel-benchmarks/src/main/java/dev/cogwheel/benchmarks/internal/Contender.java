package dev.cogwheel.benchmarks.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a benchmark method's result goes in the report, told by the method's name. */
public enum Contender {
  /**
   * Cogwheel: methods named {@code cogwheel}, or {@code cogwheelRetrofit} for a Retrofit service of
   * {@code cogwheel-retrofit}.
   */
  COGWHEEL("Cogwheel", Set.of("cogwheel", "cogwheelRetrofit")),
  /**
   * The floor: plain Guice ({@code plainGuice}), a hand-made OkHttp + Jackson call ({@code
   * rawOkHttp}), plain Retrofit on a plain OkHttpClient ({@code rawRetrofit}), or the JDK's HTTP
   * server with a fixed answer ({@code jdkHttpServer}).
   */
  FLOOR("floor", Set.of("plainGuice", "rawOkHttp", "rawRetrofit", "jdkHttpServer")),
  /**
   * Plain Guice creating its injector on a new thread, as Cogwheel does on its start thread ({@code
   * plainGuiceOnAThread}): the floor that pays what Cogwheel pays for where it runs.
   */
  FLOOR_ON_A_THREAD("floor on a thread", Set.of("plainGuiceOnAThread")),
  /**
   * The least lifecycle a user could write on plain Guice, on a thread of its own ({@code
   * leastLifecycle}): one provision listener on every binding ({@code LeastLifecycle}).
   */
  LEAST_LIFECYCLE("least lifecycle", Set.of("leastLifecycle")),
  /**
   * The same least lifecycle told of each type once by a type listener ({@code
   * leastLifecycleByType}, {@code LeastLifecycleByType}).
   */
  LEAST_LIFECYCLE_BY_TYPE("least lifecycle by type", Set.of("leastLifecycleByType")),
  /** The peer: Spring ({@code spring}). */
  PEER("Spring", Set.of("spring")),
  /** A parallel start, {@code startThreads} above 1 ({@code parallel}). */
  PARALLEL("parallel", Set.of("parallel")),
  /** The same start with {@code startThreads(1)} ({@code sequential}). */
  SEQUENTIAL("sequential", Set.of("sequential")),
  /**
   * The start of the graph's longest chain alone ({@code criticalPath}): the least a parallel start
   * can take.
   */
  CRITICAL_PATH("critical path", Set.of("criticalPath")),
  /**
   * Not a column: a measurement that explains another, listed under the table. {@code
   * guiceNoOpListener} is plain Guice with a provision listener that does nothing; {@code
   * guiceInjectionListener} is plain Guice calling {@code @PostConstruct} from an injection
   * listener.
   */
  DIAGNOSTIC("diagnostic", Set.of("guiceNoOpListener", "guiceInjectionListener"));

  private final String label;
  private final Set<String> methods;

  Contender(String label, Set<String> methods) {
    this.label = label;
    this.methods = methods;
  }

  /**
   * The contender of {@code benchmark.method}.
   *
   * @throws IllegalArgumentException naming the benchmark and method if the name is none of the
   *     known ones
   */
  public static Contender of(String benchmark, String method) {
    for (Contender contender : values()) {
      if (contender.methods.contains(method)) {
        return contender;
      }
    }
    throw new IllegalArgumentException(
        "benchmark method "
            + benchmark
            + "."
            + method
            + " is not a contender: name it one of "
            + Arrays.stream(values())
                .flatMap(c -> c.methods.stream())
                .sorted()
                .collect(Collectors.joining(", ")));
  }

  /** Its name in the report's column headers and targets, for example {@code floor on a thread}. */
  public String label() {
    return label;
  }
}
