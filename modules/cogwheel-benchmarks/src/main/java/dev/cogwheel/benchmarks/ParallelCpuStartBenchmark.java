package dev.cogwheel.benchmarks;

import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.Census;
import dev.cogwheel.benchmarks.internal.GuiceGraph;
import dev.cogwheel.benchmarks.internal.LayeredGraph;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a parallel start costs where there is nothing to overlap: start + stop of the CPU-trivial
 * {@link LayeredGraph} of {@code n} singletons (1,000) of {@link StartStopBenchmark}, with {@code
 * threads} start threads (2) against one. Every operation checks that every node started and
 * stopped, in order.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParallelCpuStartBenchmark {
  /** The number of singletons in the graph. */
  @Param("1000")
  public int n;

  /** The start threads of the parallel start. */
  @Param("2")
  public int threads;

  private final Census census = new Census();
  private GuiceGraph module;

  /** Builds the graph's module once per trial; every operation builds its own container. */
  @Setup
  public void setUp() {
    module = new GuiceGraph(LayeredGraph.of(n), census);
  }

  /**
   * Starts and stops the graph on {@code threads} start threads.
   *
   * @return the stopped container
   * @throws IllegalStateException if not every node started and stopped
   */
  @Benchmark
  public Container parallel() {
    return startAndStop(threads);
  }

  /**
   * Starts and stops the graph on one start thread.
   *
   * @return the stopped container
   * @throws IllegalStateException if not every node started and stopped
   */
  @Benchmark
  public Container sequential() {
    return startAndStop(1);
  }

  private Container startAndStop(int startThreads) {
    census.reset();
    Container container =
        Container.builder()
            .name("cpu-start")
            .startThreads(startThreads)
            .modules(module)
            .build()
            .start();
    container.stop();
    census.verifyFullCycle(n);
    return container;
  }
}
