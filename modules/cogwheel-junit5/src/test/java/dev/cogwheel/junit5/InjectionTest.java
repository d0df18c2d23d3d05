package dev.cogwheel.junit5;

import static dev.cogwheel.junit5.Fixtures.onlyFailure;
import static dev.cogwheel.junit5.Fixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Module;
import com.google.inject.name.Named;
import com.google.inject.name.Names;
import dev.cogwheel.Container;
import jakarta.inject.Inject;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class InjectionTest {

  @Test
  void injectFieldTheContainerCannotSatisfyFailsTheTestAndTheContainerIsStillStopped() {
    EngineExecutionResults results = Fixtures.run(UnsatisfiedFixture.class);

    Throwable failure = onlyFailure(results.testEvents());
    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "Container 'UnsatisfiedFixture' cannot inject the @Inject members of "
                + UnsatisfiedFixture.class.getName()
                + ": ")
        .hasMessageContaining("No implementation for Runnable was bound");
    assertThat(published(results, "afterEach")).containsExactly("STOPPED");
  }

  @Test
  void annotationOnASuperclassAppliesWithItsBindFieldsAndTestModules() {
    EngineExecutionResults results = Fixtures.run(SubclassFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "values"))
        .containsExactly("SubclassFixture: bound in the base, from the base");
  }

  @Test
  void annotationWorksAsAMetaAnnotation() {
    EngineExecutionResults results = Fixtures.run(MetaAnnotatedFixture.class);

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(published(results, "container")).containsExactly("service");
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @CogwheelTest(modules = TokenModule.class, name = "service")
  @interface ServiceTest {}

  @Fixture
  @CogwheelTest
  static class UnsatisfiedFixture {
    @Inject Runnable nobodyBindsThis;

    @Test
    void neverRuns() {}

    @AfterEach
    void containerIsStopped(Container container, TestReporter reporter) {
      reporter.publishEntry("afterEach", container.state().name());
    }
  }

  @CogwheelTest
  abstract static class BaseFixture {
    @Bind
    @Named("bound")
    String bound = "bound in the base";

    @Inject
    @Named("module")
    String module;

    @TestModules
    static Module base() {
      return binder ->
          binder
              .bind(String.class)
              .annotatedWith(Names.named("module"))
              .toInstance("from the base");
    }
  }

  @Fixture
  static class SubclassFixture extends BaseFixture {
    @Inject
    @Named("bound")
    String injectedBound;

    @Test
    void seesTheBase(Container container, TestReporter reporter) {
      reporter.publishEntry("values", container.name() + ": " + injectedBound + ", " + module);
    }
  }

  @Fixture
  @ServiceTest
  static class MetaAnnotatedFixture {
    @Inject Token token;

    @Test
    void runs(Container container, TestReporter reporter) {
      reporter.publishEntry("container", container.name());
    }
  }
}
