package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.RepeatedTest;

/**
 * A release that runs past the stop timeout is reported as a timeout naming the component and the
 * stop timeout, identically in the {@link StopException}, the component's stop failure and one log
 * line, wherever it is in the stop order; the worker it hung on changes nothing afterwards. The
 * timeout races the hung worker's reaction to its interrupt, so each position runs many times.
 */
class HungReleaseTest {
  private static final long STOP_TIMEOUT_MILLIS = 200;

  private final Events events = new Events();

  /** Which component's release hangs; the others record theirs. */
  record Hang(Class<?> which, Events events) {
    void release(Object component) throws InterruptedException {
      if (component.getClass() == which) {
        Thread.sleep(60_000); // a release that hangs until interrupted
      }
      events.add("released " + component.getClass().getSimpleName());
    }
  }

  /** Started first, released last. */
  @Singleton
  static class Base {
    @Inject Hang hang;

    @PreDestroy
    void stop() throws InterruptedException {
      hang.release(this);
    }
  }

  @Singleton
  static class Middle {
    @Inject Hang hang;

    @Inject
    Middle(Base base) {}

    @PreDestroy
    void stop() throws InterruptedException {
      hang.release(this);
    }
  }

  /** Started last, released first. */
  @Singleton
  static class Top {
    @Inject Hang hang;

    @Inject
    Top(Middle middle) {}

    @PreDestroy
    void stop() throws InterruptedException {
      hang.release(this);
    }
  }

  @RepeatedTest(15)
  void aHungFirstReleaseIsATimeoutReportedOnce() {
    assertReportedAsATimeoutOnce(Top.class, 3, List.of("released Middle", "released Base"));
  }

  @RepeatedTest(15)
  void aHungMiddleReleaseIsATimeoutReportedOnce() {
    assertReportedAsATimeoutOnce(Middle.class, 2, List.of("released Top", "released Base"));
  }

  @RepeatedTest(15)
  void aHungLastReleaseIsATimeoutReportedOnce() {
    assertReportedAsATimeoutOnce(Base.class, 1, List.of("released Top", "released Middle"));
  }

  private void assertReportedAsATimeoutOnce(
      Class<?> hung, int startOrder, List<String> othersReleased) {
    Container container =
        Container.builder()
            .name("hung")
            .stopTimeout(Duration.ofMillis(STOP_TIMEOUT_MILLIS))
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Hang.class).toInstance(new Hang(hung, events));
                    bind(Top.class);
                  }
                })
            .build()
            .start();
    String name = "HungReleaseTest$" + hung.getSimpleName();
    String timeout =
        "java.util.concurrent.TimeoutException: release of "
            + name
            + " ("
            + hung.getName()
            + ") did not complete within "
            + STOP_TIMEOUT_MILLIS
            + " ms; it was interrupted and abandoned";

    StopException e;
    try (LogCapture log = new LogCapture(Container.class, Level.INFO)) {
      e = catchThrowableOfType(StopException.class, container::stop);

      assertThat(log.messages())
          .filteredOn(m -> m.contains(name) || m.startsWith("Container 'hung' stopped"))
          .satisfiesExactly(
              m ->
                  assertThat(m)
                      .isEqualTo("  failed   [  " + startOrder + "] " + name + ": " + timeout),
              m -> assertThat(m).matches("Container 'hung' stopped 3 components in .*"));
    }

    assertThat(e)
        .hasMessage("Container 'hung' stopped with 1 failure(s):\n  " + name + ": " + timeout);
    assertThat(e.failures()).containsOnlyKeys(Key.get(hung));
    Throwable failure = e.failures().get(Key.get(hung));
    assertThat(failure).isInstanceOf(TimeoutException.class).hasToString(timeout);
    assertThat(container.components())
        .allSatisfy(c -> assertThat(c.stopSpan()).isPresent())
        .allSatisfy(
            c ->
                assertThat(c.stopFailure())
                    .isEqualTo(
                        c.key().equals(Key.get(hung)) ? Optional.of(failure) : Optional.empty()));
    assertThat(events.all()).containsExactlyElementsOf(othersReleased);
    assertThat(container.threads()).isEmpty();
    assertThat(container.state()).isEqualTo(State.STOPPED);
  }
}
