package dev.cogwheel.benchmarks;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.Census;
import dev.cogwheel.benchmarks.internal.GuiceGraph;
import dev.cogwheel.benchmarks.internal.GuiceOnAThread;
import dev.cogwheel.benchmarks.internal.LayeredGraph;
import dev.cogwheel.benchmarks.internal.LeastGuardedLifecycle;
import dev.cogwheel.benchmarks.internal.LeastLifecycle;
import dev.cogwheel.benchmarks.internal.LeastLifecycleByType;
import dev.cogwheel.benchmarks.internal.SpringGraph;
import dev.cogwheel.benchmarks.internal.StartStopContenders;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Start and stop of a {@link LayeredGraph} of {@code n} singletons, each with a trivial
 * {@code @PostConstruct} and {@code @PreDestroy}: a fresh Cogwheel container started and stopped,
 * against the least lifecycle a user could write on Guice (two variants), plain Guice creating the
 * same injector with no lifecycle (the floor), on JMH's thread and on a thread of its own as
 * Cogwheel does, and a Spring {@code AnnotationConfigApplicationContext} with the same graph
 * refreshed and closed (the peer).
 *
 * <p>Cogwheel and Spring check after every operation that every node started and stopped, in order;
 * a benchmark that measured less than the full lifecycle fails instead of reporting.
 *
 * <p>An operation runs the container's own start and stop code once, and HotSpot compiles a method
 * run once per operation with C2 only after some ten thousand operations: at 100 singletons, about
 * 1.3 ms each, the default 5 warm-up iterations of a second are some 4,000. In two traces of 25
 * one-second iterations the container's score at 100 singletons kept falling until about the 20th
 * (1,570 to 1,240 µs and 1,950 to 1,530 µs from the 6th–10th to the 21st–25th) while plain Guice's
 * was level from the 5th. Hence {@value #WARMUP_ITERATIONS} warm-up iterations, for every
 * contender.
 */
@State(Scope.Benchmark)
@Warmup(iterations = StartStopBenchmark.WARMUP_ITERATIONS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StartStopBenchmark implements StartStopContenders {
  /** Warm-up iterations: enough for the container's once-per-operation code to be compiled. */
  public static final int WARMUP_ITERATIONS = 15;

  /** The number of singletons in the graph. */
  @Param({"10", "100", "1000"})
  public int n;

  private LayeredGraph graph;
  private Census census;
  private GuiceGraph module;

  /** Builds the graph and its module once per trial; every operation builds its own injector. */
  @Setup
  public void setUp() {
    graph = LayeredGraph.of(n);
    census = new Census();
    module = new GuiceGraph(graph, census);
  }

  /**
   * Builds a Cogwheel container of the graph, starts it and stops it.
   *
   * @return the stopped container
   * @throws IllegalStateException if not every node started and stopped
   */
  @Override
  @Benchmark
  public Container cogwheel() {
    census.reset();
    Container container = Container.builder().name("start-stop").modules(module).build().start();
    container.stop();
    census.verifyFullCycle(n);
    return container;
  }

  /**
   * Creates a plain Guice injector of the graph in {@link Stage#PRODUCTION}: no lifecycle at all.
   */
  @Benchmark
  public Injector plainGuice() {
    return Guice.createInjector(Stage.PRODUCTION, module);
  }

  /**
   * Creates the same injector as {@link #plainGuice} on a new platform thread ({@link
   * GuiceOnAThread}), the way Cogwheel creates its injector on a start thread of its own.
   *
   * @return the injector
   * @throws InterruptedException if interrupted while waiting for the thread
   */
  @Benchmark
  public Injector plainGuiceOnAThread() throws InterruptedException {
    return GuiceOnAThread.createInjector(module);
  }

  /**
   * The least lifecycle a user could write on Guice ({@link LeastLifecycle}: one provision listener
   * on every binding, methods found once per class, {@code @PostConstruct} after {@code
   * provision()}, {@code @PreDestroy} in reverse), its injector created on a new thread as
   * Cogwheel's is, stopped on JMH's thread: what calling the lifecycle methods costs on Guice's own
   * hooks, without a container.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for the injector's thread
   * @throws IllegalStateException if not every node started and stopped
   */
  @Override
  @Benchmark
  public LeastLifecycle leastLifecycle() throws InterruptedException {
    census.reset();
    LeastLifecycle lifecycle = LeastLifecycle.startAndStop(module);
    census.verifyFullCycle(n);
    return lifecycle;
  }

  /**
   * {@link #leastLifecycle} with the thread guarantees of a container ({@link
   * LeastGuardedLifecycle}): not a JMH benchmark, a floor that {@link LifecycleRounds} measures.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for its threads
   * @throws IllegalStateException if not every node started and stopped
   */
  @Override
  public LeastGuardedLifecycle leastGuardedLifecycle(LeastGuardedLifecycle.Release release)
      throws InterruptedException {
    census.reset();
    LeastGuardedLifecycle lifecycle = LeastGuardedLifecycle.startAndStop(module, release);
    census.verifyFullCycle(n);
    return lifecycle;
  }

  /**
   * {@link #leastLifecycle} with Guice told once per type by a type listener ({@link
   * LeastLifecycleByType}).
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for the injector's thread
   * @throws IllegalStateException if not every node started and stopped
   */
  @Benchmark
  public LeastLifecycleByType leastLifecycleByType() throws InterruptedException {
    census.reset();
    LeastLifecycleByType lifecycle = LeastLifecycleByType.startAndStop(module);
    census.verifyFullCycle(n);
    return lifecycle;
  }

  /**
   * Registers the graph in a new Spring context, refreshes it and closes it.
   *
   * @return the closed context
   * @throws IllegalStateException if not every node started and stopped
   */
  @Benchmark
  public AnnotationConfigApplicationContext spring() {
    census.reset();
    AnnotationConfigApplicationContext context = SpringGraph.context(graph, census);
    context.refresh();
    context.close();
    census.verifyFullCycle(n);
    return context;
  }
}
