package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogwheel.Container;
import dev.cogwheel.junit5.CogwheelTest.Lifecycle;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class LifecycleTest {

  @Test
  void perMethodGivesEveryTestItsOwnContainer() {
    EngineExecutionResults results = Fixtures.run(PerMethodFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    assertThat(published(results, "token")).hasSize(3).doesNotHaveDuplicates();
  }

  @Test
  void perClassSharesOneContainerAcrossTheClass() {
    EngineExecutionResults results = Fixtures.run(PerClassFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    assertThat(published(results, "token"))
        .hasSize(3)
        .containsOnly(published(results, "token").get(0));
    assertThat(published(results, "beforeAll")).containsExactly("RUNNING");
    assertThat(published(results, "afterAll")).containsExactly("RUNNING");
  }

  @Test
  void perMethodContainerRunsFromAfterTheBeforeEachMethodsToBeforeTheAfterEachMethods() {
    EngineExecutionResults results = Fixtures.run(AroundTheTestMethodFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "step"))
        .containsExactly(
            "beforeEach: token not injected",
            "test: RUNNING, token injected",
            "afterEach: STOPPED");
  }

  @Test
  void perClassReadsInstanceBindFieldsOnlyFromAPerClassTestInstance() {
    EngineExecutionResults results = Fixtures.run(PerClassWithPerMethodInstanceFixture.class);

    Throwable failure = onlyFailure(results.containerEvents());
    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Bind field "
                + PerClassWithPerMethodInstanceFixture.class.getName()
                + ".name is an instance field, but"
                + " the container is built before the @BeforeAll methods (lifecycle = PER_CLASS), before there is an"
                + " instance of PerClassWithPerMethodInstanceFixture: make the field static or annotate the class"
                + " with @TestInstance(TestInstance.Lifecycle.PER_CLASS)");
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  @Test
  void perClassReadsStaticBindFieldsWithoutATestInstance() {
    EngineExecutionResults results = Fixtures.run(PerClassStaticBindFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(published(results, "name")).containsExactly("static", "static");
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class)
  static class PerMethodFixture {
    @Inject Token token;

    @RepeatedTest(3)
    void publishesItsToken(TestReporter reporter) {
      reporter.publishEntry("token", token.id());
    }
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class, lifecycle = Lifecycle.PER_CLASS)
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  static class PerClassFixture {
    @Inject Token token;

    @BeforeAll
    void containerRunsBeforeTheBeforeAllMethods(Container container, TestReporter reporter) {
      reporter.publishEntry("beforeAll", container.state().name());
    }

    @AfterAll
    void containerRunsUntilAfterTheAfterAllMethods(Container container, TestReporter reporter) {
      reporter.publishEntry("afterAll", container.state().name());
    }

    @RepeatedTest(3)
    void publishesItsToken(TestReporter reporter) {
      reporter.publishEntry("token", token.id());
    }
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class)
  static class AroundTheTestMethodFixture {
    @Inject Token token;

    @BeforeEach
    void beforeEach(TestReporter reporter) {
      reporter.publishEntry(
          "step", "beforeEach: token " + (token == null ? "not injected" : "injected"));
    }

    @Test
    void test(Container container, TestReporter reporter) {
      reporter.publishEntry(
          "step",
          "test: "
              + container.state()
              + ", token "
              + (token == null ? "not injected" : "injected"));
    }

    @AfterEach
    void afterEach(Container container, TestReporter reporter) {
      reporter.publishEntry("step", "afterEach: " + container.state());
    }
  }

  @Fixture
  @CogwheelTest(lifecycle = Lifecycle.PER_CLASS)
  static class PerClassWithPerMethodInstanceFixture {
    @Bind String name = "instance";

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest(lifecycle = Lifecycle.PER_CLASS)
  static class PerClassStaticBindFixture {
    @Bind static String name = "static";

    @RepeatedTest(2)
    void seesTheStaticValue(String name, TestReporter reporter) {
      reporter.publishEntry("name", name);
    }
  }
}
