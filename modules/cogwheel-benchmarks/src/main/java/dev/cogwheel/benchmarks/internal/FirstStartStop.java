package dev.cogwheel.benchmarks.internal;

import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.generated.GeneratedGraphs;
import java.util.List;

/**
 * The child process of {@code FreshJvmBenchmark}: one contender's first start + stop of a generated
 * graph of constructor-injected {@code @Singleton} classes in a fresh JVM, timed from before the
 * module is made to after the stop (class loading, first-time reflection and interpretation
 * included), printed to standard output as {@code nanos=<n>}.
 *
 * <pre>
 * java -cp benchmarks.jar dev.cogwheel.benchmarks.internal.FirstStartStop CONTENDER SIZE
 * </pre>
 *
 * <p>Contenders: {@code cogwheel} (a container started and stopped), {@code leastLifecycle} ({@link
 * LeastLifecycle} on a new thread), {@code plainGuiceOnAThread} (the injector alone, no lifecycle).
 */
public final class FirstStartStop {
  /** The contenders, as named on the command line. */
  public static final List<String> CONTENDERS =
      List.of("cogwheel", "leastLifecycle", "plainGuiceOnAThread");

  private FirstStartStop() {}

  /**
   * Runs one start + stop and prints its time.
   *
   * @param args the contender and the graph's size
   * @throws IllegalArgumentException for an unknown contender or size
   * @throws IllegalStateException if not every class started and stopped
   * @throws InterruptedException if interrupted while waiting for the injector's thread
   */
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: FirstStartStop " + CONTENDERS + " SIZE");
    }
    String contender = args[0];
    int size = Integer.parseInt(args[1]);
    List<Class<?>> classes = GeneratedGraphs.classes(size);
    long begin = System.nanoTime();
    Census census = new Census();
    ClassGraphModule module = new ClassGraphModule(classes, census);
    switch (contender) {
      case "cogwheel" -> {
        Container.builder().name("fresh-jvm").modules(module).build().start().stop();
        census.verifyFullCycle(size);
      }
      case "leastLifecycle" -> {
        LeastLifecycle.startAndStop(module);
        census.verifyFullCycle(size);
      }
      case "plainGuiceOnAThread" -> GuiceOnAThread.createInjector(module);
      default ->
          throw new IllegalArgumentException(
              "unknown contender '" + contender + "'; one of " + CONTENDERS);
    }
    long nanos = System.nanoTime() - begin;
    System.out.println("nanos=" + nanos);
  }
}
