package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LifecycleStateTest {
  private final Events events = new Events();

  static final class Counters {
    final AtomicInteger constructed = new AtomicInteger();
    final AtomicInteger released = new AtomicInteger();
  }

  @Singleton
  static class Resource {
    final int generation;
    final Counters counters;

    @Inject
    Resource(Counters counters) {
      this.counters = counters;
      this.generation = counters.constructed.incrementAndGet();
    }

    @PreDestroy
    void release() throws InterruptedException {
      Thread.sleep(20); // a release that takes a moment, so concurrent stops overlap it
      counters.released.incrementAndGet();
    }
  }

  @Test
  void statesFollowTheLifecycle() {
    Container container = Container.builder().build();
    assertThat(container.state()).isEqualTo(State.NEW);
    container.start();
    assertThat(container.state()).isEqualTo(State.RUNNING);
    container.stop();
    assertThat(container.state()).isEqualTo(State.STOPPED);
  }

  @Test
  void injectorIsOnlyAvailableWhileRunning() {
    Container container = Container.builder().name("api").build();

    assertThatThrownBy(container::injector)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("container 'api' is NEW; its injector is only available while RUNNING");
    container.start();
    assertThat(container.injector().getInstance(Container.class)).isSameAs(container);
    container.stop();
    assertThatThrownBy(() -> container.getInstance(Container.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("container 'api' is STOPPED; its injector is only available while RUNNING");
  }

  @Test
  void stopFromManyThreadsAtOnceReleasesEachComponentExactlyOnceAndEveryCallerReturnsAfterTheStop()
      throws Exception {
    Counters counters = new Counters();
    Container container = start(counters);
    int callers = 8;
    CyclicBarrier barrier = new CyclicBarrier(callers);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<Future<State>> seen = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      seen.add(
          pool.submit(
              () -> {
                barrier.await();
                container.stop();
                return container.state();
              }));
    }
    for (Future<State> state : seen) {
      assertThat(state.get(10, TimeUnit.SECONDS)).isEqualTo(State.STOPPED);
    }
    pool.shutdown();

    assertThat(counters.released).hasValue(1);
  }

  @Test
  void stopIsIdempotent() {
    Counters counters = new Counters();
    Container container = start(counters);

    container.stop();
    container.stop();
    container.close();

    assertThat(counters.released).hasValue(1);
  }

  @Test
  void startOnARunningContainerDoesNothing() {
    Counters counters = new Counters();
    Container container = start(counters);
    Resource first = container.getInstance(Resource.class);

    assertThat(container.start()).isSameAs(container);

    assertThat(container.getInstance(Resource.class)).isSameAs(first);
    assertThat(counters.constructed).hasValue(1);
    container.stop();
  }

  @Test
  void stopOnAContainerNeverStartedDoesNothing() {
    Container container = Container.builder().build();

    container.stop();

    assertThat(container.state()).isEqualTo(State.NEW);
    assertThat(container.threads()).isEmpty();
  }

  @Test
  void awaitStoppedOnAContainerNeverStartedReturnsAtOnce() throws InterruptedException {
    Container container = Container.builder().build();

    container.awaitStopped();

    assertThat(container.awaitStopped(Duration.ZERO)).isTrue();
    assertThat(container.state()).isEqualTo(State.NEW);
  }

  @Test
  void restartBuildsAFreshInjectorWithFreshSingletons() {
    Counters counters = new Counters();
    Container container = start(counters);
    Resource first = container.getInstance(Resource.class);
    container.stop();

    container.start();
    Resource second = container.getInstance(Resource.class);
    container.stop();

    assertThat(second).isNotSameAs(first);
    assertThat(second.generation).isEqualTo(2);
    assertThat(counters.released).hasValue(2);
  }

  @Test
  void startStopCyclesLeaveNoThreadGroupBehind() throws InterruptedException {
    // The JDK's LogManager keeps its cleaner thread, a shutdown hook, in the group of the thread
    // that first uses logging: here, not in a run's group.
    java.util.logging.LogManager.getLogManager();
    ThreadGroup caller = new ThreadGroup("caller");
    Thread cycles =
        new Thread(
            caller,
            () -> {
              Container container = Container.builder().name("groups").build();
              for (int i = 0; i < 5; i++) {
                container.start();
                container.stop();
              }
            });
    cycles.start();
    cycles.join();

    await() // JDK 19 and later hold subgroups weakly: a group is gone once collected
        .atMost(Duration.ofSeconds(5))
        .until(
            () -> {
              System.gc();
              return caller.activeGroupCount() == 0;
            });
  }

  @Singleton
  static class ThreadOwner {
    Thread worker;

    @PostConstruct
    void start() {
      worker =
          new Thread(
              () -> {
                try {
                  new CountDownLatch(1).await();
                } catch (InterruptedException e) {
                  // released
                }
              });
      worker.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
      worker.interrupt();
      worker.join();
    }
  }

  @Test
  void twentyStartStopCyclesLeaveNoThreadOfTheContainerAlive() {
    Container container =
        Container.builder()
            .name("cycles")
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(ThreadOwner.class);
                  }
                })
            .build();
    for (int i = 0; i < 20; i++) {
      container.start();
      container
          .getInstance(Tasks.class)
          .scheduleWithFixedDelay("tick", () -> {}, Duration.ZERO, Duration.ofMillis(1));
      assertThat(container.threads()).contains(container.getInstance(ThreadOwner.class).worker);
      container.stop();
      await().atMost(Duration.ofSeconds(1)).until(() -> container.threads().isEmpty());
    }
    await()
        .atMost(Duration.ofSeconds(1))
        .until(
            () ->
                Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().startsWith("cycles-")));
  }

  @Singleton
  static class Started {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Started");
    }

    @PreDestroy
    void stop() {
      events.add("stop Started");
    }
  }

  @Singleton
  static class SlowStart {
    @Inject
    SlowStart(Started started, CountDownLatch entered) throws InterruptedException {
      entered.countDown();
      new CountDownLatch(1).await(); // until the stop interrupts the start
    }
  }

  @Test
  void stopDuringStartInterruptsTheStartAndReleasesWhatHadStarted() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    Container container =
        Container.builder()
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(CountDownLatch.class).toInstance(entered);
                    bind(SlowStart.class);
                  }
                })
            .build();
    ExecutorService starter = Executors.newSingleThreadExecutor();
    Future<StartupException> start =
        starter.submit(() -> catchThrowableOfType(StartupException.class, container::start));
    entered.await();

    container.stop();

    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(events.all()).containsExactly("start Started", "stop Started");
    assertThat(start.get(10, TimeUnit.SECONDS))
        .hasMessage("Container 'cogwheel' was stopped while starting");
    starter.shutdown();
  }

  @Test
  void stopRequestedFromATaskRunsOnAnotherThreadAndCompletes() throws InterruptedException {
    Counters counters = new Counters();
    Container container = start(counters);

    container.getInstance(Tasks.class).submit("shutdown", container::stop);

    assertThat(container.awaitStopped(Duration.ofSeconds(10))).isTrue();
    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(counters.released).hasValue(1);
  }

  @Test
  void awaitStoppedReturnsWhenAStopCompletes() throws Exception {
    Container container = start(new Counters());
    ExecutorService waiter = Executors.newSingleThreadExecutor();
    Future<State> observed =
        waiter.submit(
            () -> {
              container.awaitStopped();
              return container.state();
            });

    container.stop();

    assertThat(observed.get(10, TimeUnit.SECONDS)).isEqualTo(State.STOPPED);
    waiter.shutdown();
  }

  @Test
  void builderRejectsBadSettingsNamingThem() {
    assertThatThrownBy(() -> Container.builder().name("my bot"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.name must be letters, digits, '.', '_' or '-', got 'my bot'");
    assertThatThrownBy(() -> Container.builder().stopTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.stopTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> Container.builder().taskThreads(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.taskThreads must be at least 1, got 0");
  }

  @Test
  void staticStartIsTheShortForm() {
    Counters counters = new Counters();
    try (Container container =
        Container.start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Counters.class).toInstance(counters);
                bind(Resource.class);
              }
            })) {
      assertThat(container.state()).isEqualTo(State.RUNNING);
      assertThat(container.name()).isEqualTo("cogwheel");
    }
    assertThat(counters.released).hasValue(1);
  }

  @Test
  void staticStartTakesAListOfModulesToo() {
    Counters counters = new Counters();
    List<com.google.inject.Module> modules =
        List.of(
            binder -> binder.bind(Counters.class).toInstance(counters),
            binder -> binder.bind(Resource.class));
    try (Container container = Container.start(modules)) {
      assertThat(container.getInstance(Resource.class).generation).isEqualTo(1);
    }
    assertThat(counters.released).hasValue(1);
  }

  private Container start(Counters counters) {
    return Container.builder()
        .modules(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Counters.class).toInstance(counters);
                bind(Resource.class);
              }
            })
        .build()
        .start();
  }
}
