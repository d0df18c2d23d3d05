package dev.cogwheel.benchmarks;

import com.google.inject.Guice;
import com.google.inject.Provider;
import com.google.inject.Stage;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.ProvisionListener;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.PostConstructTypeListener;
import dev.cogwheel.benchmarks.internal.SpringWidgets;
import dev.cogwheel.benchmarks.internal.Widget;
import dev.cogwheel.benchmarks.internal.WidgetModule;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * One provision of an unscoped {@link Widget} (one singleton dependency, a trivial
 * {@code @PostConstruct}) from a provider obtained once: from a running Cogwheel container's
 * injector, which runs the {@code @PostConstruct}; from a plain Guice injector, which does not (the
 * floor); and from a Spring context as a prototype bean, which runs it (the peer).
 *
 * <p>Two diagnostics explain the ratio: {@link #guiceNoOpListener} measures plain Guice with a
 * provision listener that does nothing but provision, the least that any lifecycle built on Guice's
 * {@code ProvisionListener} costs per provision; {@link #guiceInjectionListener} measures plain
 * Guice running the {@code @PostConstruct} from an injection listener registered once per type
 * ({@link PostConstructTypeListener}), another way a lifecycle could do it.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ProvisionBenchmark {

  /** A running Cogwheel container and its provider of widgets. */
  @State(Scope.Benchmark)
  public static class CogwheelState {
    Container container;
    Provider<Widget> widgets;

    /** Starts the container. */
    @Setup
    public void setUp() {
      container = Container.builder().name("provision").modules(new WidgetModule()).build().start();
      widgets = container.injector().getProvider(Widget.class);
    }

    /** Stops the container. */
    @TearDown
    public void tearDown() {
      container.stop();
    }
  }

  /** A plain Guice injector and its provider of widgets. */
  @State(Scope.Benchmark)
  public static class GuiceState {
    Provider<Widget> widgets;

    /** Creates the injector. */
    @Setup
    public void setUp() {
      widgets =
          Guice.createInjector(Stage.PRODUCTION, new WidgetModule()).getProvider(Widget.class);
    }
  }

  /**
   * A plain Guice injector with a provision listener that does nothing, and its provider of
   * widgets.
   */
  @State(Scope.Benchmark)
  public static class GuiceListenerState {
    Provider<Widget> widgets;

    /** Creates the injector. */
    @Setup
    public void setUp() {
      ProvisionListener noOp =
          new ProvisionListener() {
            @Override
            public <T> void onProvision(ProvisionInvocation<T> provision) {
              provision.provision();
            }
          };
      widgets =
          Guice.createInjector(
                  Stage.PRODUCTION,
                  new WidgetModule(),
                  binder -> binder.bindListener(Matchers.any(), noOp))
              .getProvider(Widget.class);
    }
  }

  /** A plain Guice injector that runs {@code @PostConstruct} from an injection listener. */
  @State(Scope.Benchmark)
  public static class GuiceInjectionListenerState {
    Provider<Widget> widgets;

    /** Creates the injector. */
    @Setup
    public void setUp() {
      widgets =
          Guice.createInjector(
                  Stage.PRODUCTION,
                  new WidgetModule(),
                  binder -> binder.bindListener(Matchers.any(), new PostConstructTypeListener()))
              .getProvider(Widget.class);
    }
  }

  /** A Spring context with {@link Widget} as a prototype bean, and its provider of widgets. */
  @State(Scope.Benchmark)
  public static class SpringState {
    AnnotationConfigApplicationContext context;
    ObjectProvider<Widget> widgets;

    /** Refreshes the context. */
    @Setup
    public void setUp() {
      context = SpringWidgets.context();
      widgets = context.getBeanProvider(Widget.class);
    }

    /** Closes the context. */
    @TearDown
    public void tearDown() {
      context.close();
    }
  }

  /** A widget from the Cogwheel container, its {@code @PostConstruct} run. */
  @Benchmark
  public Widget cogwheel(CogwheelState state) {
    return state.widgets.get();
  }

  /** A widget from plain Guice, its {@code @PostConstruct} not run. */
  @Benchmark
  public Widget plainGuice(GuiceState state) {
    return state.widgets.get();
  }

  /** Diagnostic: a widget from plain Guice through a provision listener that does nothing. */
  @Benchmark
  public Widget guiceNoOpListener(GuiceListenerState state) {
    return state.widgets.get();
  }

  /**
   * Diagnostic: a widget from plain Guice, its {@code @PostConstruct} run by an injection listener.
   */
  @Benchmark
  public Widget guiceInjectionListener(GuiceInjectionListenerState state) {
    return state.widgets.get();
  }

  /** A prototype widget from Spring, its {@code @PostConstruct} run. */
  @Benchmark
  public Widget spring(SpringState state) {
    return state.widgets.getObject();
  }
}
