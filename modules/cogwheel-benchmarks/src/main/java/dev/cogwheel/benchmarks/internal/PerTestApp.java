package dev.cogwheel.benchmarks.internal;

import com.google.inject.AbstractModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The app of the per-test scenario as a test names it, a module class with a no-argument
 * constructor: a {@link LayeredGraph} of {@value #COMPONENTS} provider-bound singletons with a
 * trivial {@code @PostConstruct} and {@code @PreDestroy}, counted in {@link #CENSUS}, and a {@link
 * Clock} that each test swaps for {@link #FIXED}. The same app as {@code
 * ContainerPerTestBenchmark}'s.
 */
public final class PerTestApp extends AbstractModule {
  /** The number of components. */
  public static final int COMPONENTS = 50;

  /** The clock every test binds over the app's. */
  public static final Clock FIXED = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);

  /** What the app's components did; the tests run one at a time, so one census serves them all. */
  public static final Census CENSUS = new Census();

  private static final LayeredGraph GRAPH = LayeredGraph.of(COMPONENTS);

  @Override
  protected void configure() {
    install(new GuiceGraph(GRAPH, CENSUS));
    bind(Clock.class).toInstance(Clock.systemUTC());
  }
}
