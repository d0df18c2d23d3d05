package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.name.Named;
import dev.cogwheel.Container;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class BindTest {

  @Test
  void bindReplacesTheModulesBindingBeforeAnyEagerSingletonIsBuilt() {
    EngineExecutionResults results = Fixtures.run(OverrideFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "greeting"))
        .containsExactly("hello from the test: same instance");
  }

  @Test
  void bindAddsKeysTheModulesDoNotBindWithQualifiersAndTypeArguments() {
    EngineExecutionResults results = Fixtures.run(AddFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "signature")).containsExactly("[ada, grace] -- the team");
  }

  @Test
  void bindFieldSetByABeforeEachMethodIsBound() {
    EngineExecutionResults results = Fixtures.run(SetInBeforeEachFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "greeting")).containsExactly("set in @BeforeEach");
  }

  @Test
  void nullBindFieldFailsTheTestNamingTheField() {
    Throwable failure = onlyFailure(Fixtures.run(NullFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Bind field "
                + NullFixture.class.getName()
                + ".greeting is null when the container is built just"
                + " before the test method, after the @BeforeEach methods; give it a value before then");
  }

  @Test
  void bindingWhatTheContainerBindsItselfFailsNamingTheField() {
    Throwable failure = onlyFailure(Fixtures.run(ContainerBindFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Bind field "
                + ContainerBindFixture.class.getName()
                + ".container binds Container,"
                + " which the container binds itself");
  }

  @Test
  void twoBindFieldsForOneKeyFailNamingBoth() {
    Throwable failure = onlyFailure(Fixtures.run(DuplicateFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@Bind fields "
                + DuplicateFixture.class.getName()
                + ".first and "
                + DuplicateFixture.class.getName()
                + ".second both bind String");
  }

  interface Greeting {
    String text();
  }

  /** What the modules bind; a test that binds its own greeting must never get this built. */
  static final class RealGreeting implements Greeting {
    RealGreeting() {
      throw new IllegalStateException(
          "the real greeting was built although the test binds its own");
    }

    @Override
    public String text() {
      return "hello from production";
    }
  }

  /** An eager singleton that takes the greeting in its constructor. */
  @Singleton
  static final class Greeter {
    private final Greeting greeting;
    private String firstGreeting;

    @Inject
    Greeter(Greeting greeting) {
      this.greeting = greeting;
    }

    @PostConstruct
    void greetOnce() {
      firstGreeting = greeting.text();
    }
  }

  static final class GreetingModule extends AbstractModule {
    @Override
    protected void configure() {
      bind(Greeting.class).to(RealGreeting.class);
      bind(Greeter.class);
    }
  }

  @Singleton
  static final class Signature {
    final String text;

    @Inject
    Signature(List<String> names, @Named("team") String team) {
      text = names + " -- " + team;
    }
  }

  @Fixture
  @CogwheelTest(modules = GreetingModule.class)
  static class OverrideFixture {
    @Bind Greeting greeting = () -> "hello from the test";
    @Inject Greeter greeter;

    @Test
    void greeterGotTheBoundGreeting(TestReporter reporter) {
      reporter.publishEntry(
          "greeting",
          greeter.firstGreeting
              + (greeter.greeting == greeting ? ": same instance" : ": another instance"));
    }
  }

  @Fixture
  @CogwheelTest
  static class AddFixture {
    @Bind List<String> names = List.of("ada", "grace");

    @Bind
    @Named("team")
    String team = "the team";

    @Inject Signature signature;

    @Test
    void signs(TestReporter reporter) {
      reporter.publishEntry("signature", signature.text);
    }
  }

  @Fixture
  @CogwheelTest(modules = GreetingModule.class)
  static class SetInBeforeEachFixture {
    @Bind Greeting greeting;
    @Inject Greeter greeter;

    @BeforeEach
    void chooseTheGreeting() {
      greeting = () -> "set in @BeforeEach";
    }

    @Test
    void greets(TestReporter reporter) {
      reporter.publishEntry("greeting", greeter.firstGreeting);
    }
  }

  @Fixture
  @CogwheelTest(modules = GreetingModule.class)
  static class NullFixture {
    @Bind Greeting greeting;

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest
  static class ContainerBindFixture {
    @Bind Container container = Container.builder().build();

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest
  static class DuplicateFixture {
    @Bind String first = "one";
    @Bind String second = "two";

    @Test
    void neverRuns() {}
  }
}
