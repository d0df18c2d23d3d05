package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.failure;
import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import dev.cogwheel.StartupException;
import dev.cogwheel.StopException;
import dev.cogwheel.junit5.CogwheelTest.Lifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class FailureTest {

  @Test
  void perClassStartFailureFailsTheClassOnceAndRunsNoTest() {
    EngineExecutionResults results = Fixtures.run(PerClassStartFailureFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(0));
    results.allEvents().assertStatistics(stats -> stats.failed(1));
    Throwable failure = onlyFailure(results.containerEvents());
    assertThat(failure)
        .isInstanceOf(StartupException.class)
        .hasMessageStartingWith(
            "Container 'PerClassStartFailureFixture' failed to start FailureTest$Broken")
        .hasRootCauseMessage("cannot start");
    assertThat(((StartupException) failure).component()).contains(Key.get(Broken.class));
  }

  @Test
  void perMethodStartFailureFailsEachTestWithItsOwnContainersStartupException() {
    EngineExecutionResults results = Fixtures.run(PerMethodStartFailureFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).failed(2));
    List<Throwable> failures =
        results.testEvents().failed().stream().map(Fixtures::failure).toList();
    assertThat(failures)
        .allSatisfy(
            failure ->
                assertThat(failure)
                    .isInstanceOf(StartupException.class)
                    .hasMessageStartingWith(
                        "Container 'PerMethodStartFailureFixture' failed to start FailureTest$Broken"));
    assertThat(failures.get(0)).isNotSameAs(failures.get(1));
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
  }

  @Test
  void stopExceptionFailsTheTest() {
    EngineExecutionResults results = Fixtures.run(StopFailureFixture.class);

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure)
        .isInstanceOf(StopException.class)
        .hasMessageContaining("Container 'StopFailureFixture' stopped with 1 failure(s)")
        .hasMessageContaining("FailureTest$Sticky");
    assertThat(((StopException) failure).failures()).containsOnlyKeys(Key.get(Sticky.class));
    assertThat(((StopException) failure).failures().get(Key.get(Sticky.class)))
        .hasMessage("cannot let go");
  }

  @Test
  void perClassStopExceptionFailsTheClassAfterItsTestsPassed() {
    EngineExecutionResults results = Fixtures.run(PerClassStopFailureFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    List<Event> failed = results.containerEvents().failed().list();
    assertThat(failed).hasSize(1);
    assertThat(failure(failed.get(0))).isInstanceOf(StopException.class);
  }

  @Singleton
  static final class Broken {
    @PostConstruct
    void start() {
      throw new IllegalStateException("cannot start");
    }
  }

  @Singleton
  static final class Sticky {
    @PreDestroy
    void stop() {
      throw new IllegalStateException("cannot let go");
    }
  }

  static final class BrokenModule extends AbstractModule {
    @Override
    protected void configure() {
      bind(Broken.class);
    }
  }

  static final class StickyModule extends AbstractModule {
    @Override
    protected void configure() {
      bind(Sticky.class);
    }
  }

  @Fixture
  @CogwheelTest(modules = BrokenModule.class, lifecycle = Lifecycle.PER_CLASS)
  static class PerClassStartFailureFixture {
    @RepeatedTest(3)
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest(modules = BrokenModule.class)
  static class PerMethodStartFailureFixture {
    @RepeatedTest(2)
    void fails() {}
  }

  @Fixture
  @CogwheelTest(modules = StickyModule.class)
  static class StopFailureFixture {
    @Test
    void runs() {}
  }

  @Fixture
  @CogwheelTest(modules = StickyModule.class, lifecycle = Lifecycle.PER_CLASS)
  static class PerClassStopFailureFixture {
    @RepeatedTest(2)
    void runs() {}
  }
}
