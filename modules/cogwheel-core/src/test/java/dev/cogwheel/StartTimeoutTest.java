package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class StartTimeoutTest {
  private final Events events = new Events();

  @Singleton
  static class Fine {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("start Fine");
    }

    @PreDestroy
    void stop() {
      events.add("stop Fine");
    }
  }

  /** Hangs in its {@code @PostConstruct}, ignoring interrupts, until released. */
  @Singleton
  static class Hung {
    static final AtomicBoolean release = new AtomicBoolean();
    @Inject Events events;

    @Inject
    Hung(Fine fine) {}

    @PostConstruct
    void start() {
      while (!release.get()) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // an interrupt only wakes it early
      }
      events.add("start Hung");
    }

    @PreDestroy
    void stop() {
      events.add("stop Hung");
    }
  }

  private Container container() {
    return Container.builder()
        .startTimeout(Duration.ofSeconds(2)) // long enough for Fine to start in a cold JVM
        .stopTimeout(Duration.ofMillis(200))
        .modules(
            events.module(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Hung.class);
              }
            })
        .build();
  }

  @Test
  void pastTheStartTimeoutTheStartRollsBackNamingWhatIsStillStartingWithTheStackOfItsThread() {
    Hung.release.set(false);
    Container container = container();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.getMessage())
        .startsWith(
            "Container 'cogwheel' did not start within 2000 ms; still starting: StartTimeoutTest$Hung for ")
        .matches("(?s).* ms on cogwheel-start-1$");
    assertThat(e.component()).contains(Key.get(Hung.class));
    assertThat(e.getCause()).isInstanceOf(TimeoutException.class);
    assertThat(e.getSuppressed())
        .singleElement()
        .satisfies(
            stillStarting -> {
              assertThat(stillStarting)
                  .hasMessageStartingWith(
                      "StartTimeoutTest$Hung was still starting on thread cogwheel-start-1 after ");
              assertThat(
                      Arrays.stream(stillStarting.getStackTrace())
                          .map(frame -> frame.getClassName() + "." + frame.getMethodName()))
                  .contains(Hung.class.getName() + ".start");
            });
    assertThat(events.all()).containsExactly("start Fine", "stop Fine");
    assertThat(container.state()).isEqualTo(State.FAILED);

    Hung.release.set(true);
    await().until(() -> events.all().contains("stop Hung"));
    assertThat(events.all()).containsExactly("start Fine", "stop Fine", "start Hung", "stop Hung");
    container.start();
    assertThat(container.state()).isEqualTo(State.RUNNING);
    container.stop();
  }

  @Singleton
  static class Slow {
    static final CountDownLatch logged = new CountDownLatch(1);

    @PostConstruct
    void start() throws InterruptedException {
      logged.await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSlowStartSaysWhatIsStillStartingAtEachProgressInterval() {
    LogCapture log = new LogCapture("dev.cogwheel.Container", Level.INFO);
    Container container =
        Container.builder()
            .startProgressInterval(Duration.ofMillis(100))
            .listener(new LifecycleListener() {})
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Slow.class);
                  }
                })
            .build();
    Thread watcher =
        new Thread(
            () -> {
              await()
                  .until(
                      () ->
                          log.messages().stream()
                              .anyMatch(
                                  m ->
                                      m.startsWith("Container 'cogwheel' is still starting after")
                                          && m.contains("Slow")));
              Slow.logged.countDown();
            });
    watcher.start();

    container.start();
    container.stop();
    log.close();

    assertThat(log.messages())
        // on a loaded machine the injector's creation can outlast the first interval, and is
        // reported as what the start waits for then
        .filteredOn(m -> m.contains("is still starting") && m.contains("Slow"))
        .first()
        .asString()
        .matches(
            "Container 'cogwheel' is still starting after \\d+ s: StartTimeoutTest\\$Slow for \\d+ ms on cogwheel-start-1");
  }
}
