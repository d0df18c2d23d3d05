package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DrainTest {
  private final Events events = new Events();

  @Singleton
  static class Pool {
    @Inject Events events;
    @Inject Tasks tasks;
    final AtomicInteger polls = new AtomicInteger();

    @PostConstruct
    void start() {
      tasks.scheduleWithFixedDelay(
          "poll", polls::incrementAndGet, Duration.ZERO, Duration.ofMillis(5));
    }

    @PreDestroy
    void release() {
      events.add("released Pool");
    }
  }

  @Singleton
  static class Broken {
    @Inject
    Broken(Pool pool) {}

    @PostConstruct
    void start() {
      throw new IllegalStateException("no database");
    }
  }

  /** Records when {@code stopping} was announced and when the first component was released. */
  static final class StopClock implements LifecycleListener {
    final CountDownLatch stopping = new CountDownLatch(1);
    final AtomicLong stoppingAt = new AtomicLong();
    final AtomicLong firstReleaseAt = new AtomicLong();

    @Override
    public void stopping(Container container) {
      stoppingAt.set(System.nanoTime());
      stopping.countDown();
    }

    @Override
    public void componentStopped(Container container, Component component) {
      firstReleaseAt.compareAndSet(0, System.nanoTime());
    }
  }

  private Container container(Duration drainDelay, StopClock clock, Class<?> component) {
    return Container.builder()
        .modules(
            events.module(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(component);
              }
            })
        .drainDelay(drainDelay)
        .listener(clock)
        .build();
  }

  @Test
  void aStopAnnouncesStoppingThenWaitsTheDrainDelayBeforeReleasingAnything() {
    StopClock clock = new StopClock();
    Container container = container(Duration.ofMillis(300), clock, Pool.class).start();

    container.stop();

    assertThat(events.all()).containsExactly("released Pool");
    assertThat(Duration.ofNanos(clock.firstReleaseAt.get() - clock.stoppingAt.get()))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(container.state()).isEqualTo(State.STOPPED);
  }

  @Test
  @Timeout(30)
  void tasksKeepRunningAndNothingIsReleasedWhileDrainingUntilASecondStopRequestEndsTheWait()
      throws Exception {
    StopClock clock = new StopClock();
    Container container = container(Duration.ofHours(1), clock, Pool.class).start();
    Pool pool = container.getInstance(Pool.class);

    CompletableFuture<Void> firstStop = CompletableFuture.runAsync(container::stop);
    clock.stopping.await();
    int pollsAtStopping = pool.polls.get();
    await().until(() -> pool.polls.get() > pollsAtStopping + 2);
    assertThat(container.state()).isEqualTo(State.STOPPING);
    assertThat(events.all()).isEmpty();

    container.stop();

    assertThat(events.all()).containsExactly("released Pool");
    assertThat(container.state()).isEqualTo(State.STOPPED);
    firstStop.get();
  }

  @Test
  @Timeout(30)
  void aStartThatFailsRollsBackWithoutDraining() {
    StopClock clock = new StopClock();
    Container container = container(Duration.ofHours(1), clock, Broken.class);

    assertThatThrownBy(container::start).isInstanceOf(StartupException.class);

    assertThat(events.all()).containsExactly("released Pool");
    assertThat(clock.stopping.getCount()).isEqualTo(1);
    assertThat(container.state()).isEqualTo(State.FAILED);
  }

  @Test
  void aNegativeDrainDelayIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> Container.builder().drainDelay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Container.drainDelay must not be negative, got PT-1S");
  }
}
