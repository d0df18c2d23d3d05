package dev.cogwheel.benchmarks;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.Census;
import dev.cogwheel.benchmarks.internal.GuiceGraph;
import dev.cogwheel.benchmarks.internal.LayeredGraph;
import dev.cogwheel.benchmarks.internal.SpringGraph;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * A restart cycle of a running container of {@value #SIZE} singletons (a {@link LayeredGraph}):
 * Cogwheel's {@code stop()} then {@code start()} of the same container, against plain Guice
 * creating a fresh injector (the floor: it has nothing to stop), and Spring closing its context and
 * refreshing a new one with the same graph (a Spring context cannot be refreshed twice).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RestartBenchmark {
  /** The number of singletons in the restarted graph. */
  public static final int SIZE = 100;

  /** A running Cogwheel container of the graph. */
  @State(Scope.Benchmark)
  public static class CogwheelState {
    final Census census = new Census();
    Container container;

    /** Starts the container. */
    @Setup
    public void setUp() {
      container =
          Container.builder()
              .name("restart")
              .modules(new GuiceGraph(LayeredGraph.of(SIZE), census))
              .build()
              .start();
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
      container.stop();
    }
  }

  /** The graph's module for plain Guice. */
  @State(Scope.Benchmark)
  public static class GuiceState {
    final GuiceGraph module = new GuiceGraph(LayeredGraph.of(SIZE), new Census());
  }

  /** A refreshed Spring context of the graph. */
  @State(Scope.Benchmark)
  public static class SpringState {
    final LayeredGraph graph = LayeredGraph.of(SIZE);
    final Census census = new Census();
    AnnotationConfigApplicationContext context;

    /** Refreshes the first context. */
    @Setup
    public void setUp() {
      context = SpringGraph.context(graph, census);
      context.refresh();
    }

    /** Closes the last context. */
    @TearDown
    public void tearDown() {
      context.close();
    }
  }

  /**
   * Stops the container and starts it again.
   *
   * @throws IllegalStateException if not every node stopped and started again
   */
  @Benchmark
  public Container cogwheel(CogwheelState state) {
    state.census.reset();
    state.container.stop();
    state.container.start();
    state.census.verifyFullCycle(SIZE);
    return state.container;
  }

  /** Creates a fresh plain Guice injector of the graph. */
  @Benchmark
  public Injector plainGuice(GuiceState state) {
    return Guice.createInjector(Stage.PRODUCTION, state.module);
  }

  /**
   * Closes the context and refreshes a new one of the same graph.
   *
   * @throws IllegalStateException if not every node stopped and started again
   */
  @Benchmark
  public AnnotationConfigApplicationContext spring(SpringState state) {
    state.census.reset();
    state.context.close();
    state.context = SpringGraph.context(state.graph, state.census);
    state.context.refresh();
    state.census.verifyFullCycle(SIZE);
    return state.context;
  }
}
