package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import dev.cogwheel.internal.TaskExecutor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TasksTest {
  private final Events events = new Events();

  @Singleton
  static class EarlyCog {
    @Inject Tasks tasks;
    @Inject Events events;
    @Inject Container container;

    @PostConstruct
    void schedule() {
      events.add("schedule");
      tasks.submit("first-run", () -> events.add("task ran while " + container.state()));
    }
  }

  @Singleton
  static class LateSession {
    @Inject Events events;

    @Inject
    LateSession(EarlyCog cog) {}

    @PostConstruct
    void start() {
      events.add("start LateSession");
    }
  }

  @Test
  void workSubmittedDuringStartBeginsOnlyOnceEveryEagerSingletonHasStarted() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(LateSession.class);
              }
            });

    await().until(() -> events.all().size() == 3);
    assertThat(events.all())
        .containsExactly("schedule", "start LateSession", "task ran while RUNNING");
    container.stop();
  }

  @Singleton
  static class Poller {
    @Inject Events events;
    @Inject Tasks tasks;
    final CountDownLatch running = new CountDownLatch(1);

    @PostConstruct
    void schedule() {
      tasks.submit(
          "long-poll",
          () -> {
            running.countDown();
            try {
              new CountDownLatch(1).await();
            } catch (InterruptedException e) {
              events.add("task interrupted");
            }
          });
    }

    @PreDestroy
    void stop() {
      events.add("stop Poller");
    }
  }

  @Test
  void tasksAreCancelledAndDrainedBeforeAnyPreDestroy() throws InterruptedException {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Poller.class);
              }
            });
    container.getInstance(Poller.class).running.await();

    container.stop();

    assertThat(events.all()).containsExactly("task interrupted", "stop Poller");
  }

  @Test
  void periodicTaskThatThrowsIsLoggedAndKeepsItsSchedule() {
    LogCapture log = new LogCapture(TaskExecutor.class);
    AtomicInteger runs = new AtomicInteger();
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {}
            });
    container
        .getInstance(Tasks.class)
        .scheduleWithFixedDelay(
            "flaky",
            () -> {
              runs.incrementAndGet();
              throw new IllegalStateException("flaky");
            },
            Duration.ZERO,
            Duration.ofMillis(5));

    await().until(() -> runs.get() >= 3);
    container.stop();
    log.close();

    assertThat(log.messages())
        .hasSizeGreaterThanOrEqualTo(3)
        .allSatisfy(m -> assertThat(m).isEqualTo("Task 'flaky' of container 'cogwheel' failed"));
  }

  @Test
  void taskThreadsAreDaemonsNamedAfterTheContainerAndTheTask() throws Exception {
    Container container = Container.builder().name("bot").build().start();
    Future<?> seen =
        container
            .getInstance(Tasks.class)
            .submit(
                "who-am-i",
                () -> {
                  Thread current = Thread.currentThread();
                  events.add(current.getName() + " daemon=" + current.isDaemon());
                });

    seen.get();
    assertThat(events.all()).containsExactly("bot-task-who-am-i daemon=true");
    container.stop();
  }

  @Test
  void noTaskThreadIsAliveAfterStop() {
    Container container =
        start(
            new AbstractModule() {
              @Override
              protected void configure() {}
            });
    Tasks tasks = container.getInstance(Tasks.class);
    tasks.scheduleWithFixedDelay("tick", () -> {}, Duration.ZERO, Duration.ofMillis(1));
    tasks.submit("once", () -> {});

    container.stop();

    await().atMost(Duration.ofSeconds(1)).until(() -> container.threads().isEmpty());
  }

  @Test
  void queuedTaskNotRunByTheStopIsCancelledSoNobodyWaitsOnItForever() throws Exception {
    Container container = Container.builder().taskThreads(1).build().start();
    Tasks tasks = container.getInstance(Tasks.class);
    CountDownLatch running = new CountDownLatch(1);
    tasks.submit(
        "blocker",
        () -> {
          running.countDown();
          try {
            new CountDownLatch(1).await();
          } catch (InterruptedException e) {
            // the stop
          }
        });
    Future<?> queued = tasks.submit("queued", () -> events.add("queued ran"));
    running.await();

    container.stop();

    assertThat(queued.isCancelled()).isTrue();
    assertThatThrownBy(() -> queued.get(1, java.util.concurrent.TimeUnit.SECONDS))
        .isInstanceOf(java.util.concurrent.CancellationException.class);
    assertThat(events.all()).isEmpty();
  }

  @Singleton
  static class SubmitsThenSomethingFails {
    @Inject Tasks tasks;
    @Inject Events events;
    Future<?> held;

    @PostConstruct
    void submit() {
      held = tasks.submit("never", () -> events.add("held task ran"));
      events.add("submitted");
    }
  }

  @Singleton
  static class FailsAfter {
    @Inject
    FailsAfter(SubmitsThenSomethingFails submitter, List<Future<?>> held) {
      held.add(submitter.held);
    }

    @PostConstruct
    void fail() {
      throw new IllegalStateException("no");
    }
  }

  @Test
  void workHeldByAFailedStartNeverRunsAndIsCancelled() {
    List<Future<?>> held = new java.util.concurrent.CopyOnWriteArrayList<>();
    Container container =
        Container.builder()
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(new com.google.inject.TypeLiteral<List<Future<?>>>() {}).toInstance(held);
                    bind(FailsAfter.class);
                  }
                })
            .build();

    assertThatThrownBy(container::start).isInstanceOf(StartupException.class);

    assertThat(held).singleElement().satisfies(f -> assertThat(f.isCancelled()).isTrue());
    assertThat(events.all()).containsExactly("submitted");
  }

  @Test
  void workHandedOverAfterStopIsRefused() {
    Container container = Container.builder().name("bot").build().start();
    Tasks tasks = container.getInstance(Tasks.class);
    container.stop();

    assertThatThrownBy(() -> tasks.submit("late", () -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("container 'bot' is stopping or stopped; task 'late' was refused");
  }

  @Test
  void badArgumentsAreRejectedWithTheirName() {
    Container container = Container.builder().build().start();
    Tasks tasks = container.getInstance(Tasks.class);

    assertThatThrownBy(() -> tasks.submit(" ", () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a task needs a name, got ' '");
    assertThatThrownBy(
            () -> tasks.scheduleWithFixedDelay("tick", () -> {}, Duration.ZERO, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delay of task 'tick' must be positive: PT0S");
    container.stop();
  }

  @Test
  void cancellingAPeriodicTaskEndsItsSchedule() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Container container = Container.builder().build().start();
    Future<?> tick =
        container
            .getInstance(Tasks.class)
            .scheduleWithFixedDelay(
                "tick", runs::incrementAndGet, Duration.ZERO, Duration.ofMillis(1));
    await().until(() -> runs.get() > 0);

    assertThat(tick.cancel(false)).isTrue();

    assertThat(tick.isCancelled()).isTrue();
    assertThat(tick.isDone()).isTrue();
    container.stop();
  }

  private Container start(AbstractModule module) {
    return Container.builder().modules(events.module(), module).build().start();
  }
}
