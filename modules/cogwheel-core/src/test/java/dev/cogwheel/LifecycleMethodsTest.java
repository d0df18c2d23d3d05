package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LifecycleMethodsTest {
  private final Events events = new Events();

  @Singleton
  static class Base {
    @Inject Events events;

    @PostConstruct
    void baseInit() {
      events.add("base init");
    }

    @PreDestroy
    void baseDestroy() {
      events.add("base destroy");
    }
  }

  @Singleton
  static class Derived extends Base {
    @PostConstruct
    void derivedInit() {
      events.add("derived init");
    }

    @PreDestroy
    void derivedDestroy() {
      events.add("derived destroy");
    }
  }

  @Test
  void superclassPostConstructRunsFirstAndSubclassPreDestroyRunsFirst() {
    Container container = start(Derived.class);
    container.stop();

    assertThat(events.all())
        .containsExactly("base init", "derived init", "derived destroy", "base destroy");
  }

  @Singleton
  static class OverrideBase {
    @Inject Events events;

    @PostConstruct
    void init() {
      events.add("base init");
    }

    @PreDestroy
    void destroy() {
      events.add("base destroy");
    }
  }

  @Singleton
  static class AnnotatedOverride extends OverrideBase {
    @Override
    @PostConstruct
    void init() {
      events.add("override init");
    }

    @Override
    @PreDestroy
    void destroy() {
      events.add("override destroy");
    }
  }

  @Test
  void annotatedOverrideRunsOnce() {
    start(AnnotatedOverride.class).stop();

    assertThat(events.all()).containsExactly("override init", "override destroy");
  }

  @Singleton
  static class UnannotatedOverride extends OverrideBase {
    @Override
    void init() {
      events.add("override init");
    }
  }

  @Test
  void overriddenMethodWithoutAnnotationOnTheOverrideDoesNotRun() {
    start(UnannotatedOverride.class).stop();

    assertThat(events.all()).containsExactly("base destroy");
  }

  @Singleton
  static class PrivateBase {
    @Inject Events events;

    @PostConstruct
    private void init() {
      events.add("private base init");
    }
  }

  @Singleton
  static class SameNamePrivate extends PrivateBase {
    @PostConstruct
    private void init() {
      events.add("private derived init");
    }
  }

  @Test
  void privateMethodsOfTheSameNameAreNotOverridesAndBothRun() {
    start(SameNamePrivate.class).stop();

    assertThat(events.all()).containsExactly("private base init", "private derived init");
  }

  @Singleton
  static class AnyVisibilityAndCheckedExceptions {
    @Inject Events events;

    @PostConstruct
    protected void init() throws IOException {
      events.add("protected init");
    }

    @PreDestroy
    public void destroy() throws Exception {
      events.add("public destroy");
    }
  }

  @Test
  void lifecycleMethodsMayHaveAnyVisibilityAndDeclareCheckedExceptions() {
    start(AnyVisibilityAndCheckedExceptions.class).stop();

    assertThat(events.all()).containsExactly("protected init", "public destroy");
  }

  @Singleton
  static class Javax {
    @Inject Events events;

    @javax.annotation.PostConstruct
    void init() {
      events.add("javax init");
    }

    @javax.annotation.PreDestroy
    void destroy() {
      events.add("javax destroy");
    }
  }

  @Test
  void javaxAnnotationsAreHonoured() {
    start(Javax.class).stop();

    assertThat(events.all()).containsExactly("javax init", "javax destroy");
  }

  @Singleton
  static class WithParameter {
    @PostConstruct
    void init(String name) {}
  }

  @Test
  void postConstructWithParametersIsAStartupErrorNamingClassAndMethod() {
    assertThatThrownBy(() -> start(WithParameter.class))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "@PostConstruct method "
                + WithParameter.class.getName()
                + ".init(String) must take no parameters");
  }

  @Singleton
  static class StaticMethod {
    @PreDestroy
    static void destroy() {}
  }

  @Test
  void staticPreDestroyIsAStartupErrorNamingClassAndMethod() {
    assertThatThrownBy(() -> start(StaticMethod.class))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "@PreDestroy method " + StaticMethod.class.getName() + ".destroy() must not be static");
  }

  @Singleton
  static class ReturnsValue {
    @PostConstruct
    String init() {
      return "no";
    }
  }

  @Test
  void nonVoidPostConstructIsAStartupErrorNamingClassAndMethod() {
    assertThatThrownBy(() -> start(ReturnsValue.class))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "@PostConstruct method " + ReturnsValue.class.getName() + ".init() must return void");
  }

  @Singleton
  static class TwoInits {
    @PostConstruct
    void a() {}

    @PostConstruct
    void b() {}
  }

  @Test
  void twoPostConstructMethodsInOneClassIsAStartupError() {
    assertThatThrownBy(() -> start(TwoInits.class))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            TwoInits.class.getName() + " declares more than one @PostConstruct method");
  }

  @Singleton
  static class FailingInit {
    @PostConstruct
    void init() throws IOException {
      throw new IOException("disk on fire");
    }
  }

  @Test
  void checkedExceptionFromPostConstructIsTheStartupCause() {
    assertThatThrownBy(() -> start(FailingInit.class))
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("@PostConstruct of " + FailingInit.class.getName())
        .hasMessageContaining("disk on fire")
        .cause()
        .isInstanceOf(IOException.class)
        .hasMessage("disk on fire");
  }

  private Container start(Class<?> type) {
    return Container.builder()
        .modules(
            events.module(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(type);
              }
            })
        .build()
        .start();
  }
}
