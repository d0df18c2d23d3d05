package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.name.Named;
import dev.cogwheel.Container;
import dev.cogwheel.junit5.CogwheelTest.Lifecycle;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParameterResolutionTest {

  @Test
  void testMethodTakesTheContainerBoundTypesAndQualifiedTypesBesideJUnitsOwnParameters() {
    EngineExecutionResults results = Fixtures.run(TestMethodFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "parameters"))
        .containsExactly(
            "RUNNING, token from the container, team: the team, port: 8080, test: takesParameters");
  }

  @Test
  void perClassContainerResolvesConstructorParametersOfEachTestInstance() {
    EngineExecutionResults results = Fixtures.run(ConstructorFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(published(results, "same")).containsExactly("true", "true");
  }

  @Test
  void parameterOfATypeTheContainerDoesNotBindIsLeftToOtherResolvers() {
    Throwable failure = onlyFailure(Fixtures.run(UnboundFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessageStartingWith(
            "No ParameterResolver registered for parameter [dev.cogwheel.junit5.Worker");
  }

  @Test
  void beforeEachMethodCannotTakeAPerMethodContainerWhichIsNotStartedYet() {
    Throwable failure = onlyFailure(Fixtures.run(BeforeEachFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "No Cogwheel container is there for BeforeEachFixture.setUp() to take Container: with"
                + " lifecycle = PER_METHOD a test's container is started just before the test method, after the"
                + " @BeforeEach methods (so that they can set @Bind fields), and stopped right after it. Take it in the"
                + " test method (a Container also in an @AfterEach method), or use @CogwheelTest(lifecycle = PER_CLASS)");
  }

  @Test
  void perClassLifecycleMethodsTakeBoundTypes() {
    EngineExecutionResults results = Fixtures.run(PerClassFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    List<String> tokens = published(results, "token");
    assertThat(tokens).hasSize(2);
    assertThat(tokens.get(1)).isEqualTo(tokens.get(0));
    assertThat(published(results, "same")).containsExactly("true");
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class, lifecycle = Lifecycle.PER_CLASS)
  static class ConstructorFixture {
    private final Token token;

    ConstructorFixture(Token token) {
      this.token = token;
    }

    @RepeatedTest(2)
    void test(Token token, TestReporter reporter) {
      reporter.publishEntry("same", String.valueOf(this.token == token));
    }
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class)
  static class TestMethodFixture {
    @Bind
    @Named("team")
    String team = "the team";

    @Bind
    @Named("port")
    int port = 8080;

    @Test
    void takesParameters(
        Container container,
        Token token,
        @Named("team") String team,
        @Named("port") int port,
        TestInfo info,
        TestReporter reporter) {
      reporter.publishEntry(
          "parameters",
          String.join(
              ", ",
              container.state().name(),
              container.getInstance(Token.class) == token
                  ? "token from the container"
                  : "another token",
              "team: " + team,
              "port: " + port,
              "test: " + info.getTestMethod().orElseThrow().getName()));
    }
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class)
  static class UnboundFixture {
    @Test
    void takesAWorkerNobodyBinds(Worker worker) {}
  }

  @Fixture
  @CogwheelTest
  static class BeforeEachFixture {
    @BeforeEach
    void setUp(Container container) {}

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest(modules = TokenModule.class, lifecycle = Lifecycle.PER_CLASS)
  static class PerClassFixture {
    private Token beforeEach;

    @BeforeAll
    static void beforeAll(Token token, TestReporter reporter) {
      reporter.publishEntry("token", token.id());
    }

    @BeforeEach
    void beforeEach(Token token) {
      beforeEach = token;
    }

    @Test
    void test(Token token, TestReporter reporter) {
      reporter.publishEntry("token", token.id());
      reporter.publishEntry("same", String.valueOf(beforeEach == token));
    }
  }
}
