package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class NestedTest {

  @Test
  void nestedTestsSeeTheModulesAndBindFieldsOfTheirEnclosingClasses() {
    EngineExecutionResults results = Fixtures.run(OuterFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    assertThat(published(results, "outer")).containsExactly("outer team, from the outer module");
    assertThat(published(results, "inner"))
        .containsExactly("outer team, from the outer module, inner module");
    assertThat(published(results, "overriding"))
        .containsExactly("inner team, from the outer module");
  }

  @Test
  void enclosingInstancesAreInjectedFromTheNestedTestsContainer() {
    EngineExecutionResults results = Fixtures.run(OuterFixture.class);

    assertThat(published(results, "outer token")).containsExactly("the nested test's token");
  }

  /**
   * Binds a {@code @Named("origin")} string with a provider method: installing it twice would fail.
   */
  static final class OriginModule extends AbstractModule {
    @Provides
    @Singleton
    @Named("origin")
    String origin() {
      return "from the outer module";
    }
  }

  @Fixture
  @CogwheelTest(modules = {OriginModule.class, TokenModule.class})
  static class OuterFixture {
    @Bind
    @Named("team")
    String team = "outer team";

    @Inject
    @Named("team")
    String injectedTeam;

    @Inject
    @Named("origin")
    String origin;

    @Inject Token outerToken;

    @Test
    void outer(TestReporter reporter) {
      reporter.publishEntry("outer", injectedTeam + ", " + origin);
    }

    @Nested
    @CogwheelTest(modules = OriginModule.class)
    class Inner {
      @Inject
      @Named("inner")
      String inner;

      @Inject Token token;

      @TestModules
      static Module inner() {
        return binder ->
            binder
                .bind(String.class)
                .annotatedWith(com.google.inject.name.Names.named("inner"))
                .toInstance("inner module");
      }

      @Test
      void inner(TestReporter reporter) {
        reporter.publishEntry("inner", injectedTeam + ", " + origin + ", " + inner);
        reporter.publishEntry(
            "outer token", outerToken == token ? "the nested test's token" : "another token");
      }
    }

    @Nested
    class Overriding {
      @Bind
      @Named("team")
      String team = "inner team";

      @Test
      void overriding(TestReporter reporter) {
        reporter.publishEntry("overriding", injectedTeam + ", " + origin);
      }
    }
  }
}
