package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code -Dcogwheel.stopAfterStart=true}, through the builder's seam so that no test sets the JVM's
 * property; {@link ShutdownHookTest} runs a child JVM with the property itself.
 */
class StopAfterStartTest {
  private final Events events = new Events();

  @Singleton
  static class Pool {
    @Inject Events events;

    @PostConstruct
    void start() {
      events.add("started Pool");
    }

    @PreDestroy
    void release() {
      events.add("released Pool");
    }
  }

  private Container container(boolean stopAfterStart) {
    return Container.builder()
        .name("trained")
        .stopAfterStart(stopAfterStart)
        .modules(
            events.module(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(Pool.class);
              }
            })
        .build();
  }

  @Test
  void aContainerAskedToStopAfterItsStartStopsOnceStartedAndAwaitStoppedReturns()
      throws InterruptedException {
    Container container = container(true);
    try {
      container.start();

      assertThat(container.awaitStopped(Duration.ofSeconds(30))).isTrue();
      assertThat(container.state()).isEqualTo(State.STOPPED);
      assertThat(events.all()).containsExactly("started Pool", "released Pool");
    } finally {
      container.stop();
    }
  }

  @Test
  void theStopAfterTheStartIsLoggedOnceAfterTheStartsSummary() throws InterruptedException {
    Container container = container(true);
    try (LogCapture log = new LogCapture("dev.cogwheel.Container", Level.INFO)) {
      container.start();
      container.awaitStopped(Duration.ofSeconds(30));

      assertThat(log.messages())
          .filteredOn(m -> m.startsWith("Container 'trained'"))
          .element(1)
          .isEqualTo(
              "Container 'trained' stops now that it has started, as"
                  + " -Dcogwheel.stopAfterStart=true asks");
      assertThat(log.messages()).filteredOn(m -> m.contains("stops now")).hasSize(1);
    } finally {
      container.stop();
    }
  }

  @Test
  void aContainerNotAskedStaysRunningAfterItsStart() throws InterruptedException {
    Container container = container(false);
    try {
      container.start();

      assertThat(container.awaitStopped(Duration.ofMillis(200))).isFalse();
      assertThat(container.state()).isEqualTo(State.RUNNING);
      assertThat(events.all()).containsExactly("started Pool");
    } finally {
      container.stop();
    }
  }

  @Test
  void aRestartedContainerStopsAfterEachStart() throws InterruptedException {
    Container container = container(true);
    try {
      container.start();
      container.awaitStopped(Duration.ofSeconds(30));
      container.start();

      assertThat(container.awaitStopped(Duration.ofSeconds(30))).isTrue();
      assertThat(events.all())
          .containsExactly("started Pool", "released Pool", "started Pool", "released Pool");
    } finally {
      container.stop();
    }
  }
}
