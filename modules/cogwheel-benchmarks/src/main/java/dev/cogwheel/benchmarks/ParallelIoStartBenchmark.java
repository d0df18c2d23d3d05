package dev.cogwheel.benchmarks;

import com.google.inject.Module;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.Census;
import dev.cogwheel.benchmarks.internal.GuiceGraph;
import dev.cogwheel.benchmarks.internal.LayeredGraph;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The start of I/O-bound components: a {@link LayeredGraph} of {@code nodes} singletons (64) in
 * layers of {@code width} (8; fan-in 3), each {@code @PostConstruct} waiting {@code ioMillis} (5
 * ms; a sleep standing for a connection or a remote call). Measured from building the container to
 * the return of {@code start()}; the stop runs after each operation, outside the measurement.
 *
 * <p>{@link #parallel} starts it with {@code startThreads} equal to the width, {@link #sequential}
 * with one start thread (the sum of the waits), and {@link #criticalPath} starts the graph's
 * longest chain alone, one node per layer: the least any start of the graph can take, container
 * included. Every operation checks that every node started and, after the stop, stopped.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelIoStartBenchmark {
  /** The number of nodes in the graph. */
  @Param("64")
  public int nodes;

  /** The width of each layer, and the start threads of the parallel start. */
  @Param("8")
  public int width;

  /** How long each node's {@code @PostConstruct} waits, in milliseconds. */
  @Param("5")
  public int ioMillis;

  private final Census census = new Census();
  private LayeredGraph graph;
  private LayeredGraph chain;
  private GuiceGraph graphModule;
  private GuiceGraph chainModule;
  private Container running;
  private int size;

  /** Builds the graph, its longest chain and their modules once per trial. */
  @Setup
  public void setUp() {
    Duration io = Duration.ofMillis(ioMillis);
    graph = LayeredGraph.of(nodes, width);
    chain = LayeredGraph.of(graph.layers(), 1);
    graphModule = new GuiceGraph(graph, census, io);
    chainModule = new GuiceGraph(chain, census, io);
  }

  /**
   * Starts the graph on {@code width} threads.
   *
   * @return the running container
   * @throws IllegalStateException if not every node started
   */
  @Benchmark
  public Container parallel() {
    return start(graphModule, graph.size(), width);
  }

  /**
   * Starts the graph on one thread.
   *
   * @return the running container
   * @throws IllegalStateException if not every node started
   */
  @Benchmark
  public Container sequential() {
    return start(graphModule, graph.size(), 1);
  }

  /**
   * Starts the graph's longest chain, one node of each layer, on one thread.
   *
   * @return the running container
   * @throws IllegalStateException if not every node started
   */
  @Benchmark
  public Container criticalPath() {
    return start(chainModule, chain.size(), 1);
  }

  private Container start(Module module, int nodes, int threads) {
    census.reset();
    size = nodes;
    running =
        Container.builder().name("io-start").startThreads(threads).modules(module).build().start();
    census.verifyStarted(nodes);
    return running;
  }

  /**
   * Stops the container the operation started, unmeasured.
   *
   * @throws IllegalStateException if not every node started and stopped
   */
  @TearDown(Level.Invocation)
  public void stop() {
    running.stop();
    census.verifyFullCycle(size);
  }
}
