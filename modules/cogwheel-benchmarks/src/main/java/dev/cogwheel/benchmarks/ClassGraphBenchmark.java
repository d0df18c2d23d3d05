package dev.cogwheel.benchmarks;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.generated.GeneratedGraphs;
import dev.cogwheel.benchmarks.internal.Census;
import dev.cogwheel.benchmarks.internal.ClassGraphModule;
import dev.cogwheel.benchmarks.internal.GuiceOnAThread;
import dev.cogwheel.benchmarks.internal.LeastGuardedLifecycle;
import dev.cogwheel.benchmarks.internal.LeastLifecycle;
import dev.cogwheel.benchmarks.internal.LeastLifecycleByType;
import dev.cogwheel.benchmarks.internal.SpringClassGraph;
import dev.cogwheel.benchmarks.internal.StartStopContenders;
import java.util.List;
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
 * Start and stop of the graph most users write: {@code n} constructor-injected {@code @Singleton}
 * classes, each injecting up to three earlier ones and running a trivial {@code @PostConstruct} and
 * {@code @PreDestroy}, generated at build time ({@code GeneratedGraphs}) in the shape of the {@code
 * LayeredGraph} of the same size and bound with {@code bind(type)}. A fresh Cogwheel container
 * started and stopped, against the least lifecycle a user could write on Guice (two variants),
 * plain Guice creating the same injector with no lifecycle (the floor), on JMH's thread and on a
 * thread of its own as Cogwheel does, and a Spring context with every class registered, refreshed
 * and closed (the peer).
 *
 * <p>Cogwheel and Spring check after every operation that every class started and stopped, in
 * order; a benchmark that measured less than the full lifecycle fails instead of reporting.
 *
 * <p>An operation runs each class's constructor, lifecycle methods and the code Guice generates for
 * it once, so that code is compiled only after some hundred operations: at 1,000 classes, about 30
 * ms each, the default 5 warm-up iterations of a second leave it partly interpreted, and the scores
 * still fall. Hence {@value #WARMUP_ITERATIONS} warm-up iterations.
 */
@State(Scope.Benchmark)
@Warmup(iterations = ClassGraphBenchmark.WARMUP_ITERATIONS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ClassGraphBenchmark implements StartStopContenders {
  /** Warm-up iterations per fork, unless the command line says otherwise. */
  public static final int WARMUP_ITERATIONS = 10;

  /** The number of classes in the graph: one of the generated sizes. */
  @Param({"100", "200", "1000"})
  public int n;

  private List<Class<?>> classes;
  private Census census;
  private ClassGraphModule module;

  /**
   * Looks up the graph's classes and makes its module once per trial; every operation builds its
   * own injector.
   */
  @Setup
  public void setUp() {
    classes = GeneratedGraphs.classes(n);
    census = new Census();
    module = new ClassGraphModule(classes, census);
  }

  /**
   * Builds a Cogwheel container of the graph, starts it and stops it.
   *
   * @return the stopped container
   * @throws IllegalStateException if not every class started and stopped
   */
  @Override
  @Benchmark
  public Container cogwheel() {
    census.reset();
    Container container = Container.builder().name("class-graph").modules(module).build().start();
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
   * @throws IllegalStateException if not every class started and stopped
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
   * @throws IllegalStateException if not every class started and stopped
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
   * @throws IllegalStateException if not every class started and stopped
   */
  @Benchmark
  public LeastLifecycleByType leastLifecycleByType() throws InterruptedException {
    census.reset();
    LeastLifecycleByType lifecycle = LeastLifecycleByType.startAndStop(module);
    census.verifyFullCycle(n);
    return lifecycle;
  }

  /**
   * Registers the graph's classes in a new Spring context, refreshes it and closes it.
   *
   * @return the closed context
   * @throws IllegalStateException if not every class started and stopped
   */
  @Benchmark
  public AnnotationConfigApplicationContext spring() {
    census.reset();
    AnnotationConfigApplicationContext context = SpringClassGraph.context(classes, census);
    context.refresh();
    context.close();
    census.verifyFullCycle(n);
    return context;
  }
}
