package dev.cogwheel.benchmarks.internal;

import java.util.Set;

/** Where a benchmark method's result goes in the report, told by the method's name. */
public enum Contender {
  /** Cogwheel: methods named {@code cogwheel}. */
  COGWHEEL(Set.of("cogwheel")),
  /**
   * The floor: plain Guice ({@code plainGuice}), or a hand-made OkHttp + Jackson call ({@code
   * rawOkHttp}).
   */
  FLOOR(Set.of("plainGuice", "rawOkHttp")),
  /** The peer: Spring ({@code spring}). */
  PEER(Set.of("spring")),
  /**
   * Not a column: a measurement that explains another, listed under the table. {@code
   * guiceNoOpListener} is plain Guice with a provision listener that does nothing; {@code
   * guiceInjectionListener} is plain Guice calling {@code @PostConstruct} from an injection
   * listener; {@code plainGuiceOnAThread} is plain Guice creating its injector on a new thread.
   */
  DIAGNOSTIC(Set.of("guiceNoOpListener", "guiceInjectionListener", "plainGuiceOnAThread"));

  private final Set<String> methods;

  Contender(Set<String> methods) {
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
            + " is not a contender: name it cogwheel, plainGuice, rawOkHttp, spring, guiceNoOpListener,"
            + " guiceInjectionListener or plainGuiceOnAThread");
  }
}
