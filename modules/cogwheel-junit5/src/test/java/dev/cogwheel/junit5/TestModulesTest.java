package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class TestModulesTest {

  @Test
  void staticMethodsSupplyModulesThatTakeArgumentsAfterTheListedModules() {
    EngineExecutionResults results = Fixtures.run(ArgumentsFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "values")).containsExactly("listed, one, two, three");
  }

  @Test
  void moduleClassWithoutANoArgumentConstructorFailsPointingToTestModules() {
    Throwable failure =
        onlyFailure(Fixtures.run(ListedModuleNeedsArgumentFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "module "
                + ValueModule.class.getName()
                + " listed in @CogwheelTest(modules) on "
                + ListedModuleNeedsArgumentFixture.class.getName()
                + " has no constructor without parameters; for a module"
                + " that takes arguments, return it from a static @TestModules method");
  }

  @Test
  void instanceMethodIsCalledOnTheTestInstanceAfterTheBeforeEachMethods() {
    EngineExecutionResults results = Fixtures.run(InstanceMethodFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "address")).containsExactly("http://127.0.0.1:8080/");
  }

  @Test
  void instanceMethodWithoutAnInstanceFailsNamingIt() {
    Throwable failure =
        onlyFailure(Fixtures.run(PerClassInstanceMethodFixture.class).containerEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@TestModules method "
                + PerClassInstanceMethodFixture.class.getName()
                + ".modules() is an"
                + " instance method, but the container is built before the @BeforeAll methods (lifecycle = PER_CLASS),"
                + " before there is an instance of PerClassInstanceMethodFixture: make the method static or annotate the"
                + " class with @TestInstance(TestInstance.Lifecycle.PER_CLASS)");
  }

  @Test
  void methodReturningSomethingElseFailsNamingIt() {
    Throwable failure = onlyFailure(Fixtures.run(WrongReturnTypeFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@TestModules method "
                + WrongReturnTypeFixture.class.getName()
                + ".modules() must return Module or Iterable<Module>, but returns java.lang.String");
  }

  @Test
  void methodReturningNullFailsNamingIt() {
    Throwable failure = onlyFailure(Fixtures.run(NullFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@TestModules method " + NullFixture.class.getName() + ".modules() returned null");
  }

  @Test
  void methodThatThrowsFailsWithItsException() {
    Throwable failure = onlyFailure(Fixtures.run(ThrowingFixture.class).testEvents());

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@TestModules method "
                + ThrowingFixture.class.getName()
                + ".modules() threw java.lang.IllegalStateException: no settings")
        .hasCauseInstanceOf(IllegalStateException.class);
  }

  /** Binds {@code @Named(name) String} to a value. */
  static final class ValueModule extends AbstractModule {
    private final String name;
    private final String value;

    ValueModule(String name, String value) {
      this.name = name;
      this.value = value;
    }

    @Override
    protected void configure() {
      bind(String.class).annotatedWith(Names.named(name)).toInstance(value);
    }
  }

  static final class ListedModule extends AbstractModule {
    @Override
    protected void configure() {
      bind(String.class).annotatedWith(Names.named("listed")).toInstance("listed");
    }
  }

  @Fixture
  @CogwheelTest(modules = ListedModule.class)
  static class ArgumentsFixture {
    @Inject
    @Named("listed")
    String listed;

    @Inject
    @Named("one")
    String one;

    @Inject
    @Named("two")
    String two;

    @Inject
    @Named("three")
    String three;

    @TestModules
    static Module one() {
      return new ValueModule("one", "one");
    }

    @TestModules
    private static List<Module> twoAndThree() {
      return List.of(new ValueModule("two", "two"), new ValueModule("three", "three"));
    }

    @Test
    void seesEveryModule(TestReporter reporter) {
      reporter.publishEntry("values", String.join(", ", listed, one, two, three));
    }
  }

  @Fixture
  @CogwheelTest(modules = ValueModule.class)
  static class ListedModuleNeedsArgumentFixture {
    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest
  static class InstanceMethodFixture {
    private String address;

    @BeforeEach
    void chooseTheAddress() {
      address = "http://127.0.0.1:8080/";
    }

    @TestModules
    Module address() {
      return new ValueModule("address", address);
    }

    @Test
    void seesTheAddress(@Named("address") String address, TestReporter reporter) {
      reporter.publishEntry("address", address);
    }
  }

  @Fixture
  @CogwheelTest(lifecycle = CogwheelTest.Lifecycle.PER_CLASS)
  static class PerClassInstanceMethodFixture {
    @TestModules
    Module modules() {
      return new ListedModule();
    }

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest
  static class WrongReturnTypeFixture {
    @TestModules
    static String modules() {
      return "not a module";
    }

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest
  static class NullFixture {
    @TestModules
    static Module modules() {
      return null;
    }

    @Test
    void neverRuns() {}
  }

  @Fixture
  @CogwheelTest
  static class ThrowingFixture {
    @TestModules
    static Module modules() {
      throw new IllegalStateException("no settings");
    }

    @Test
    void neverRuns() {}
  }
}
