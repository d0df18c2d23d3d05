package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.cogwheel.Container;
import dev.cogwheel.Tasks;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParallelTest {

  @Test
  void fiftyTestsRunInParallelEachWithItsOwnContainer() {
    EngineExecutionResults results = Fixtures.runInParallel(FiftyFixture.class, 8);

    results.testEvents().assertStatistics(stats -> stats.started(50).succeeded(50));
    assertThat(published(results, "token")).hasSize(50).doesNotHaveDuplicates();
    assertThat(new HashSet<>(published(results, "thread")))
        .as("threads that ran the tests")
        .hasSizeGreaterThan(1);
  }

  @Test
  void inParallelOnlyTheTestWhoseContainerLeakedFailsAndOnlyItsThreadIsBlamed() {
    EngineExecutionResults results = Fixtures.runInParallel(OneLeakAmongManyFixture.class, 8);

    results.testEvents().assertStatistics(stats -> stats.started(21).succeeded(20).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test("leaks"), finishedWithFailure()));
    Throwable failure = onlyFailure(results.testEvents());
    assertThat(((ThreadLeakError) failure).threadNames()).containsExactly("spawned-by-task");
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class)
  static class FiftyFixture {
    @Inject Token token;
    @Inject Worker worker;

    @RepeatedTest(50)
    void seesItsOwnContainer(Container container, TestReporter reporter) {
      assertThat(container.getInstance(Token.class)).isSameAs(token);
      assertThat(container.getInstance(Worker.class)).isSameAs(worker);
      reporter.publishEntry("token", token.id());
      reporter.publishEntry("thread", Thread.currentThread().getName());
    }
  }

  @Fixture
  @CogwheelTest
  static class OneLeakAmongManyFixture {
    final Gate gate = new Gate();
    @Inject Worker worker;

    @Test
    void leaks(Tasks tasks) throws ExecutionException, InterruptedException {
      tasks.submit("spawn", () -> gate.start("spawned-by-task", gate::await)).get();
    }

    @RepeatedTest(20)
    void doesNotLeak() {}

    @AfterEach
    void letTheThreadEnd() throws InterruptedException {
      gate.openAndJoin();
    }
  }
}
