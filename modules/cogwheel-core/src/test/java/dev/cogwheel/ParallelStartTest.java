package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParallelStartTest {
  /** Begin and end of each component's start and stop, in one sequence. */
  static final class Timeline {
    final List<String> entries = new CopyOnWriteArrayList<>();

    void add(String entry) {
      entries.add(entry);
    }

    int indexOf(String entry) {
      return entries.indexOf(entry);
    }

    long count(String entry) {
      return entries.stream().filter(entry::equals).count();
    }
  }

  /**
   * Begins when constructed (its dependencies injected), ends when its {@code @PostConstruct}
   * returns.
   */
  abstract static class Timed {
    final Timeline timeline;

    Timed(Timeline timeline) {
      this.timeline = timeline;
      timeline.add("begin " + name());
    }

    String name() {
      return getClass().getSimpleName();
    }

    void work() throws Exception {
      Thread.sleep(15); // stands for a connection being opened
    }

    @PostConstruct
    void start() throws Exception {
      work();
      timeline.add("end " + name());
    }

    @PreDestroy
    void stop() {
      timeline.add("stop " + name());
    }
  }

  @Singleton
  static class A extends Timed {
    @Inject
    A(Timeline t) {
      super(t);
    }
  }

  @Singleton
  static class B extends Timed {
    @Inject
    B(Timeline t) {
      super(t);
    }
  }

  @Singleton
  static class C extends Timed {
    @Inject
    C(Timeline t, A a) {
      super(t);
    }
  }

  @Singleton
  static class D extends Timed {
    @Inject
    D(Timeline t, A a, B b) {
      super(t);
    }
  }

  @Singleton
  static class E extends Timed {
    @Inject
    E(Timeline t, B b) {
      super(t);
    }
  }

  @Singleton
  static class F extends Timed {
    @Inject
    F(Timeline t, C c, D d, E e) {
      super(t);
    }
  }

  @Singleton
  static class G extends Timed {
    @Inject
    G(Timeline t, A a, E e) {
      super(t);
    }
  }

  private final Timeline timeline = new Timeline();

  private Container.Builder container(int threads, Class<?>... components) {
    return Container.builder()
        .name("parallel")
        .startThreads(threads)
        .modules(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Timeline.class).toInstance(timeline);
                for (Class<?> component : components) {
                  bind(component);
                }
              }
            });
  }

  @Test
  void everyComponentBeginsOnlyAfterEachOfItsDependenciesEndedAndStopsBeforeThem() {
    Container container = container(4, G, F, E, D, C, B, A).build().start();
    List<Component> components = container.components();
    container.stop();

    assertThat(components).hasSize(7);
    for (Component component : components) {
      String name = component.type().getSimpleName();
      for (Key<?> dependency : component.dependencies()) {
        String of = dependency.getTypeLiteral().getRawType().getSimpleName();
        assertThat(timeline.indexOf("begin " + name))
            .as(name + " begins after " + of + " ended")
            .isGreaterThan(timeline.indexOf("end " + of));
        assertThat(timeline.indexOf("stop " + name))
            .as(name + " stops before " + of)
            .isLessThan(timeline.indexOf("stop " + of));
      }
    }
  }

  private static final Class<?> A = ParallelStartTest.A.class;
  private static final Class<?> B = ParallelStartTest.B.class;
  private static final Class<?> C = ParallelStartTest.C.class;
  private static final Class<?> D = ParallelStartTest.D.class;
  private static final Class<?> E = ParallelStartTest.E.class;
  private static final Class<?> F = ParallelStartTest.F.class;
  private static final Class<?> G = ParallelStartTest.G.class;

  /** Three independent components that can only all start if they start at the same time. */
  static final CyclicBarrier together = new CyclicBarrier(3);

  abstract static class Together extends Timed {
    Together(Timeline timeline) {
      super(timeline);
    }

    @Override
    void work() throws Exception {
      together.await(10, TimeUnit.SECONDS);
    }
  }

  @Singleton
  static class X extends Together {
    @Inject
    X(Timeline t) {
      super(t);
    }
  }

  @Singleton
  static class Y extends Together {
    @Inject
    Y(Timeline t) {
      super(t);
    }
  }

  @Singleton
  static class Z extends Together {
    @Inject
    Z(Timeline t) {
      super(t);
    }
  }

  @Test
  void independentComponentsStartAtTheSameTimeOnThreadsOfTheRun() {
    together.reset();
    Container container = container(3, X.class, Y.class, Z.class).build().start();
    List<Component> components = container.components();
    container.stop();

    Set<String> threads =
        components.stream().map(c -> c.startSpan().thread()).collect(Collectors.toSet());
    assertThat(threads)
        .hasSize(3)
        .allSatisfy(thread -> assertThat(thread).matches("parallel-start-\\d"));
    Map<String, Component> byName = new HashMap<>();
    components.forEach(c -> byName.put(c.type().getSimpleName(), c));
    assertThat(byName.get("X").startSpan().end()).isAfter(byName.get("Y").startSpan().begin());
    assertThat(byName.get("Y").startSpan().end()).isAfter(byName.get("X").startSpan().begin());
  }

  static final CountDownLatch slowStarted = new CountDownLatch(1);
  static final CountDownLatch brokenThrows = new CountDownLatch(1);

  @Singleton
  static class Slow extends Timed {
    @Inject
    Slow(Timeline t) {
      super(t);
    }

    @Override
    void work() throws Exception {
      slowStarted.countDown();
      brokenThrows.await();
      Thread.sleep(200); // still starting when the other branch fails
    }
  }

  @Singleton
  static class AfterSlow extends Timed {
    @Inject
    AfterSlow(Timeline t, Slow slow) {
      super(t);
    }
  }

  @Singleton
  static class Broken extends Timed {
    static volatile boolean fixed;

    @Inject
    Broken(Timeline t) {
      super(t);
    }

    @Override
    void work() throws Exception {
      slowStarted.await();
      brokenThrows.countDown();
      if (!fixed) {
        throw new IllegalStateException("no database");
      }
    }
  }

  @Test
  void
      aFailureInOneBranchStartsNothingNewLetsTheStartInProgressFinishThenRollsBackEachStartedComponentOnce() {
    Broken.fixed = false;
    Container container = container(2, Slow.class, AfterSlow.class, Broken.class).build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.component()).contains(Key.get(Broken.class));
    assertThat(e.getCause()).hasMessage("no database");
    assertThat(timeline.entries)
        .containsExactlyInAnyOrder("begin Slow", "begin Broken", "end Slow", "stop Slow");
    assertThat(timeline.indexOf("stop Slow")).isGreaterThan(timeline.indexOf("end Slow"));
    assertThat(container.state()).isEqualTo(State.FAILED);
  }

  @Test
  void aFailedParallelStartCanBeStartedAgainOnceTheCauseIsFixed() {
    Broken.fixed = false;
    Container container = container(2, Slow.class, AfterSlow.class, Broken.class).build();
    catchThrowableOfType(StartupException.class, container::start);
    timeline.entries.clear();

    Broken.fixed = true;
    container.start();
    container.stop();

    assertThat(timeline.entries).filteredOn(e -> e.startsWith("end ")).hasSize(3);
    assertThat(timeline.entries).filteredOn(e -> e.startsWith("stop ")).hasSize(3);
  }

  static final CountDownLatch blockingStarted = new CountDownLatch(1);

  @Singleton
  static class Blocking extends Timed {
    static volatile boolean hang = true;

    @Inject
    Blocking(Timeline t) {
      super(t);
    }

    @Override
    void work() throws Exception {
      if (hang) {
        blockingStarted.countDown();
        new CountDownLatch(1).await(); // until the stop interrupts it
      }
    }
  }

  @Test
  void aStopRequestedDuringAParallelStartRollsBackAndTheContainerCanStartAgain() throws Exception {
    Container container =
        container(2, A, B, Blocking.class).stopTimeout(Duration.ofSeconds(5)).build();
    Thread stopper =
        new Thread(
            () -> {
              try {
                blockingStarted.await();
              } catch (InterruptedException e) {
                return;
              }
              container.stop();
            });
    stopper.start();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);
    stopper.join();

    assertThat(e).hasMessage("Container 'parallel' was stopped while starting");
    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(timeline.count("stop A")).isEqualTo(timeline.count("end A"));
    assertThat(timeline.count("stop B")).isEqualTo(timeline.count("end B"));
    assertThat(timeline.entries).doesNotContain("end Blocking", "stop Blocking");

    Blocking.hang = false;
    container.start();
    assertThat(container.state()).isEqualTo(State.RUNNING);
    container.stop();
    assertThat(timeline.count("stop Blocking")).isEqualTo(1);
  }

  @Singleton
  static class Scheduler extends Timed {
    @Inject Tasks tasks;
    @Inject Container container;

    @Inject
    Scheduler(Timeline t) {
      super(t);
    }

    @Override
    void work() {
      tasks.submit("report", () -> timeline.add("task while " + container.state()));
    }
  }

  @Test
  void tasksAreHeldUntilEveryEagerSingletonHasStarted() {
    Container container = container(3, Scheduler.class, A, B, C, D).build().start();
    await().until(() -> timeline.entries.stream().anyMatch(e -> e.startsWith("task")));
    container.stop();

    int task = timeline.indexOf("task while RUNNING");
    assertThat(task).isGreaterThan(-1);
    for (String component : List.of("A", "B", "C", "D")) {
      assertThat(task).isGreaterThan(timeline.indexOf("end " + component));
    }
  }

  @Singleton
  static class Lazy extends Timed {
    private final Provider<B> b;

    @Inject
    Lazy(Timeline t, Provider<B> b) {
      super(t);
      this.b = b;
    }

    @Override
    void work() {
      b.get(); // reached lazily, perhaps while another thread is starting it
    }
  }

  @Test
  void aDependencyReachedLazilyThroughAProviderIsStartedWhenHandedOverAndStopsAfterItsHolder() {
    Container container = container(2, Lazy.class, B).build().start();
    container.stop();

    assertThat(timeline.indexOf("end B")).isLessThan(timeline.indexOf("end Lazy"));
    assertThat(timeline.indexOf("stop Lazy")).isLessThan(timeline.indexOf("stop B"));
  }

  @Test
  void startThreadsMustBeAtLeastOne() {
    assertThat(
            catchThrowableOfType(
                IllegalArgumentException.class, () -> Container.builder().startThreads(0)))
        .hasMessage("Container.startThreads must be at least 1, got 0");
  }

  interface Ping {}

  interface Pong {}

  static class PingImpl implements Ping {
    @Inject
    PingImpl(Pong pong) {}
  }

  static class PongImpl implements Pong {
    @Inject
    PongImpl(Ping ping) {}
  }

  private static AbstractModule pingPong() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Ping.class).to(PingImpl.class).in(Singleton.class);
        bind(Pong.class).to(PongImpl.class).in(Singleton.class);
      }
    };
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
  void aDependencyCycleGuiceResolvesWithAProxyStartsAsWithPlainGuice(int threads) {
    com.google.inject.Guice.createInjector(com.google.inject.Stage.PRODUCTION, pingPong())
        .getInstance(Ping.class);

    Container container =
        Container.builder().startThreads(threads).modules(pingPong()).build().start();

    assertThat(container.components())
        .extracting(Component::key)
        .containsExactlyInAnyOrder(Key.get(Ping.class), Key.get(Pong.class));
    container.stop();
  }
}
