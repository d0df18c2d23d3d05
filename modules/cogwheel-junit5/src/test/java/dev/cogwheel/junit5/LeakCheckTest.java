package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.failure;
import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import dev.cogwheel.StartupException;
import dev.cogwheel.Tasks;
import dev.cogwheel.junit5.CogwheelTest.Lifecycle;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class LeakCheckTest {

  @Test
  void threadStartedByAComponentAndLeftRunningFailsTheTestNamingTheThreadAndWhereItIs() {
    EngineExecutionResults results = Fixtures.run(PostConstructLeakFixture.class);

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure).isInstanceOf(ThreadLeakError.class);
    assertThat(((ThreadLeakError) failure).threadNames()).containsExactly("leaky-worker");
    assertThat(failure.getMessage())
        .startsWith(
            "Container 'PostConstructLeakFixture' of PostConstructLeakFixture.leaks() left 1 thread running 1 s after"
                + " it stopped:\n  \"leaky-worker\" (daemon, WAITING), where it is:\n    at ")
        .contains("java.util.concurrent.CountDownLatch.await(")
        .contains("dev.cogwheel.junit5.Gate.await(Gate.java:")
        .contains("dev.cogwheel.junit5.LeakCheckTest$Leaky.waitForGate(LeakCheckTest.java:");
  }

  @Test
  void onlyTheTestWhoseContainerLeakedFails() {
    EngineExecutionResults results = Fixtures.run(TaskLeakFixture.class);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("leaksFromATask"), finishedWithFailure()))
        .haveExactly(1, event(test("doesNotLeak"), finishedSuccessfully()));
    Throwable failure = onlyFailure(results.testEvents());
    assertThat(((ThreadLeakError) failure).threadNames()).containsExactly("spawned-by-task");
  }

  @Test
  void threadsAComponentStopsAtPreDestroyAreNoLeak() {
    EngineExecutionResults results = Fixtures.run(CleanFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void leakCheckFalseLetsThreadsOutliveTheContainer() {
    EngineExecutionResults results = Fixtures.run(LeakCheckOffFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void okHttpJvmWideDaemonsAreNoLeak() {
    EngineExecutionResults results = Fixtures.run(OkHttpDaemonsFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void threadsLeftByAFailedStartAreAttachedToTheStartupException() {
    EngineExecutionResults results = Fixtures.run(LeakThenFailedStartFixture.class);

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure).isInstanceOf(StartupException.class).hasRootCauseMessage("no database");
    assertThat(failure.getSuppressed()).hasSize(1);
    assertThat(((ThreadLeakError) failure.getSuppressed()[0]).threadNames())
        .containsExactly("leaky-worker");
  }

  @Test
  void perClassContainerThatLeakedFailsItsClass() {
    EngineExecutionResults results = Fixtures.run(PerClassLeakFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    Throwable failure = failure(results.containerEvents().failed().list().get(0));
    results.containerEvents().assertStatistics(stats -> stats.failed(1));
    assertThat(failure)
        .isInstanceOf(ThreadLeakError.class)
        .hasMessageStartingWith(
            "Container 'PerClassLeakFixture' of class PerClassLeakFixture left 1 thread running");
  }

  /** Starts a plain thread from its {@code @PostConstruct} and never stops it. */
  @Singleton
  static final class Leaky {
    private final Gate gate;

    @Inject
    Leaky(Gate gate) {
      this.gate = gate;
    }

    @PostConstruct
    void start() {
      gate.start("leaky-worker", this::waitForGate);
    }

    private void waitForGate() {
      gate.await();
    }
  }

  /** Fails to start once {@link Leaky} has started. */
  @Singleton
  static final class Database {
    @Inject
    Database(Leaky leaky) {}

    @PostConstruct
    void connect() {
      throw new IllegalStateException("no database");
    }
  }

  static final class LeakyModule extends AbstractModule {
    @Override
    protected void configure() {
      bind(Leaky.class);
    }
  }

  @Fixture
  @CogwheelTest(modules = LeakyModule.class)
  static class PostConstructLeakFixture {
    @Bind Gate gate = new Gate();

    @Test
    void leaks() {}

    @AfterEach
    void letTheThreadEnd() throws InterruptedException {
      gate.openAndJoin();
    }
  }

  @Fixture
  @CogwheelTest
  static class TaskLeakFixture {
    final Gate gate = new Gate();

    @Test
    void leaksFromATask(Tasks tasks) throws ExecutionException, InterruptedException {
      tasks.submit("spawn", () -> gate.start("spawned-by-task", gate::await)).get();
    }

    @Test
    void doesNotLeak() {}

    @AfterEach
    void letTheThreadEnd() throws InterruptedException {
      gate.openAndJoin();
    }
  }

  @Fixture
  @CogwheelTest
  static class CleanFixture {
    @Inject Worker worker;

    @Test
    void usesAWorker() {}
  }

  @Fixture
  @CogwheelTest(modules = LeakyModule.class, leakCheck = false)
  static class LeakCheckOffFixture {
    @Bind Gate gate = new Gate();

    @Test
    void leaks() {}

    @AfterEach
    void letTheThreadEnd() throws InterruptedException {
      gate.openAndJoin();
    }
  }

  @Fixture
  @CogwheelTest
  static class OkHttpDaemonsFixture {
    final Gate gate = new Gate();

    @Test
    void startsThreadsNamedLikeOkHttpsDaemons(Tasks tasks)
        throws ExecutionException, InterruptedException {
      tasks
          .submit(
              "okhttp",
              () -> {
                gate.start("OkHttp TaskRunner", gate::await);
                gate.start("OkHttp ConnectionPool connection closer", gate::await);
                gate.start("Okio Watchdog", gate::await);
              })
          .get();
    }

    @AfterEach
    void letTheThreadsEnd() throws InterruptedException {
      gate.openAndJoin();
    }
  }

  @Fixture
  @CogwheelTest(modules = LeakyModule.class)
  static class LeakThenFailedStartFixture {
    @Bind Gate gate = new Gate();

    @TestModules
    static Module database() {
      return binder -> binder.bind(Database.class);
    }

    @Test
    void neverRuns() {}

    @AfterEach
    void letTheThreadEnd() throws InterruptedException {
      gate.openAndJoin();
    }
  }

  /**
   * Opens the {@code gate} of a per-class test instance after the class's container has stopped:
   * registered before {@link CogwheelTest}, its {@code afterAll} runs after the extension's.
   */
  static final class GateOpener implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
      ((PerClassLeakFixture) context.getRequiredTestInstance()).gate.openAndJoin();
    }
  }

  @Fixture
  @ExtendWith(GateOpener.class)
  @CogwheelTest(modules = LeakyModule.class, lifecycle = Lifecycle.PER_CLASS)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassLeakFixture {
    @Bind Gate gate = new Gate();

    @Test
    void first() {}

    @Test
    void second() {}
  }
}
