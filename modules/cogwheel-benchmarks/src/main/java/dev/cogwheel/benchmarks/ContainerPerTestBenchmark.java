package dev.cogwheel.benchmarks;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import com.google.inject.util.Modules;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.Census;
import dev.cogwheel.benchmarks.internal.GuiceGraph;
import dev.cogwheel.benchmarks.internal.LayeredGraph;
import dev.cogwheel.benchmarks.internal.Node;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A fresh container for each test of an app of {@value #COMPONENTS} components, as {@code
 * cogwheel-junit5}'s {@code @CogwheelTest} makes one: the app's modules with the test's one
 * {@code @Bind} field laid over them ({@code Modules.override}), a container named for the test
 * built and started, the test instance's {@code @Inject} fields injected, the container stopped,
 * and its threads checked to have ended (the leak check). Against a plain injector per test (the
 * floor): the same modules and override, {@code Guice.createInjector(Stage.PRODUCTION, ...)}, so
 * that every singleton is built as the container builds it, and the test instance injected; nothing
 * started or stopped.
 *
 * <p>The app is a {@link LayeredGraph} of {@value #COMPONENTS} provider-bound singletons with a
 * trivial {@code @PostConstruct} and {@code @PreDestroy}, and a {@link Clock} the test swaps for a
 * fixed one.
 */
@State(Scope.Benchmark)
@Warmup(iterations = StartStopBenchmark.WARMUP_ITERATIONS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ContainerPerTestBenchmark {
  /** The number of components of the app. */
  public static final int COMPONENTS = 50;

  private static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  private Census census;
  private Module app;

  /** A test class: what it injects from its container. */
  public static final class AppTest {
    @Inject
    @Named("n49")
    Node last;

    @Inject Clock clock;
  }

  /** Builds the app's module once per trial; every operation builds its own container. */
  @Setup
  public void setUp() {
    census = new Census();
    GuiceGraph graph = new GuiceGraph(LayeredGraph.of(COMPONENTS), census);
    app =
        Modules.combine(
            graph,
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Clock.class).toInstance(Clock.systemUTC());
              }
            });
  }

  /**
   * What {@code @CogwheelTest} does for one test: builds, starts and stops the test's container and
   * checks that its threads have ended.
   *
   * @return the test instance, injected
   * @throws IllegalStateException if not every component started and stopped, the test was not
   *     injected, or a thread of the container outlived its stop
   * @throws InterruptedException if interrupted while waiting for a thread of the container
   */
  @Benchmark
  public AppTest cogwheel() throws InterruptedException {
    census.reset();
    AppTest test = new AppTest();
    Container container =
        Container.builder().name("AppTest-test").modules(testModules()).build().start();
    container.injector().injectMembers(test);
    container.stop();
    awaitThreads(container.threads());
    census.verifyFullCycle(COMPONENTS);
    return verified(test);
  }

  /**
   * A plain injector for one test, every singleton built, the test injected.
   *
   * @return the test instance, injected
   * @throws IllegalStateException if the test was not injected
   */
  @Benchmark
  public AppTest plainGuice() {
    AppTest test = new AppTest();
    Injector injector = Guice.createInjector(Stage.PRODUCTION, testModules());
    injector.injectMembers(test);
    return verified(test);
  }

  /** The app's module with the test's {@code @Bind Clock clock = FIXED} laid over it. */
  private Module testModules() {
    return Modules.override(app).with(binder -> binder.bind(Clock.class).toInstance(FIXED));
  }

  private static AppTest verified(AppTest test) {
    if (test.last == null || test.clock != FIXED) {
      throw new IllegalStateException("the test was not injected with the overridden bindings");
    }
    return test;
  }

  /** The extension's leak check: waits a second at most for each thread to end. */
  private static void awaitThreads(List<Thread> threads) throws InterruptedException {
    for (Thread thread : threads) {
      thread.join(1000);
      if (thread.isAlive()) {
        throw new IllegalStateException(thread + " outlived its container's stop");
      }
    }
  }
}
