package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** How components are released: whatever they throw, executors, and rules a user may miss. */
class ReleaseRulesTest {
  private final Events events = new Events();

  /**
   * A throwable that is neither an Exception nor an Error, as Kotlin or a sneaky throw can make.
   */
  static final class Odd extends Throwable {
    Odd(String message) {
      super(message);
    }
  }

  @SuppressWarnings("unchecked")
  static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  @Singleton
  static class ThrowsOdd {
    @PreDestroy
    void release() {
      ReleaseRulesTest.<RuntimeException>sneakyThrow(new Odd("odd release"));
    }
  }

  @Singleton
  static class Pool {
    @Inject Events events;

    @PreDestroy
    void release() {
      events.add("released Pool");
    }
  }

  @Singleton
  static class UsesPool {
    @Inject
    UsesPool(Pool pool, ThrowsOdd odd) {}
  }

  @Test
  void aReleaseThatThrowsAPlainThrowableIsReportedAsItselfAndTheOthersAreReleased() {
    Container container =
        Container.builder()
            .stopTimeout(
                Duration.ofMinutes(5)) // a worker killed by the throwable would wait this out
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(UsesPool.class);
                  }
                })
            .build()
            .start();

    StopException e = catchThrowableOfType(StopException.class, container::stop);

    assertThat(e.failures()).containsOnlyKeys(Key.get(ThrowsOdd.class));
    assertThat(e.failures().get(Key.get(ThrowsOdd.class)))
        .isInstanceOf(Odd.class)
        .hasMessage("odd release");
    assertThat(events.all()).containsExactly("released Pool");
  }

  static final class Executors2 extends AbstractModule {
    final CountDownLatch ran = new CountDownLatch(1);

    @Provides
    @Singleton
    ExecutorService workers() {
      return Executors.newFixedThreadPool(2);
    }
  }

  @Test
  void aSingletonExecutorServiceIsShutDownAtStopAfterItsQueuedWorkFinishes() throws Exception {
    Executors2 module = new Executors2();
    Container container = Container.start(module);
    ExecutorService workers = container.getInstance(ExecutorService.class);
    workers.execute(module.ran::countDown);

    container.stop();

    assertThat(module.ran.getCount()).isZero();
    assertThat(workers.isTerminated()).isTrue();
  }

  @Test
  void anExecutorWhoseTaskIgnoresShutdownIsInterruptedAndReportedLikeAHungPreDestroy() {
    Container container =
        Container.builder()
            .stopTimeout(Duration.ofMillis(400))
            .modules(new Executors2())
            .build()
            .start();
    ExecutorService workers = container.getInstance(ExecutorService.class);
    CountDownLatch running = new CountDownLatch(1);
    workers.execute(
        () -> {
          running.countDown();
          try {
            new CountDownLatch(1).await(); // until interrupted
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    StopException e =
        catchThrowableOfType(
            StopException.class,
            () -> {
              running.await();
              container.stop();
            });

    Throwable failure = e.failures().get(Key.get(ExecutorService.class));
    assertThat(failure)
        .isInstanceOf(TimeoutException.class)
        .hasMessageContaining(
            "did not terminate within 300 ms of shutdown(); shutdownNow() interrupted the tasks still running");
    assertThat(workers.isShutdown()).isTrue();
  }

  interface Warmable {
    @PostConstruct
    default void warm() {}
  }

  @Singleton
  static class Warmed implements Warmable {}

  @Test
  void aLifecycleAnnotationOnAnInterfaceMethodIsIgnoredWithAWarningOncePerType() {
    LogCapture log = new LogCapture("dev.cogwheel.internal.LifecycleMethods");
    AbstractModule module =
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(Warmed.class);
          }
        };
    Container.start(module).stop();
    Container.start(module).stop();
    log.close();

    assertThat(log.messages())
        .containsExactly(
            "@PostConstruct on "
                + Warmable.class.getName()
                + ".warm() is ignored for "
                + Warmed.class.getName()
                + ": lifecycle annotations on interface methods are not inherited (JSR-250); annotate the method of the class instead");
  }

  @Singleton
  static class RecordsItsThreads {
    volatile Thread started;
    volatile Thread released;
    volatile String releasedOn;

    @PostConstruct
    void start() {
      started = Thread.currentThread();
    }

    @PreDestroy
    void release() {
      released = Thread.currentThread();
      releasedOn = released.getName();
    }
  }

  @Test
  void theReleaseRunsOnTheParkedStartThreadRenamedForTheStop() {
    Container container =
        Container.builder()
            .name("parked")
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(RecordsItsThreads.class);
                  }
                })
            .build();
    container.start();
    RecordsItsThreads component = container.getInstance(RecordsItsThreads.class);

    container.stop();

    assertThat(component.released).isSameAs(component.started);
    assertThat(component.releasedOn).isEqualTo("parked-stop-1");
    assertThat(container.threads()).isEmpty();
  }

  @Singleton
  static class Opened {
    @Inject Events events;

    @PreDestroy
    void release() {
      events.add("released Opened, interrupted: " + Thread.currentThread().isInterrupted());
    }
  }

  static final CountDownLatch startEntered = new CountDownLatch(1);

  @Singleton
  static class StartsUntilStopped {
    @Inject
    StartsUntilStopped(Opened opened) {}

    @PostConstruct
    void start() {
      startEntered.countDown();
      try {
        new CountDownLatch(1).await(); // until the stop interrupts it
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // keeps the interrupt, as polite code does
        throw new IllegalStateException("interrupted while starting");
      }
    }
  }

  @Test
  void anInterruptMeantForTheStartNeverReachesARelease() throws Exception {
    Container container =
        Container.builder()
            .modules(
                events.module(),
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(StartsUntilStopped.class);
                  }
                })
            .build();
    Thread starter =
        new Thread(() -> catchThrowableOfType(StartupException.class, container::start));
    starter.start();
    startEntered.await();

    container.stop();
    starter.join();

    assertThat(events.all()).containsExactly("released Opened, interrupted: false");
  }
}
