package dev.cogwheel.benchmarks.internal;

import com.google.inject.Guice;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import com.google.inject.util.Modules;
import jakarta.inject.Inject;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * {@link CogwheelPerTest}'s tests with a plain injector per test instead of a container, made the
 * way a test without Cogwheel makes one: in {@code @BeforeEach}, {@link Stage#PRODUCTION} so that
 * every singleton is built, the test's clock laid over the app ({@code Modules.override}), the test
 * injected. Nothing is started or stopped. Run by {@code CogwheelTestRounds}; not a test of this
 * module.
 */
public class PlainInjectorPerTest {
  @Inject
  @Named("n49")
  Node last;

  @Inject Clock injected;

  @BeforeEach
  void createInjector() {
    Guice.createInjector(
            Stage.PRODUCTION,
            Modules.override(new PerTestApp())
                .with(binder -> binder.bind(Clock.class).toInstance(PerTestApp.FIXED)))
        .injectMembers(this);
  }

  @RepeatedTest(CogwheelPerTest.TESTS)
  void test() {
    if (last == null || injected != PerTestApp.FIXED) {
      throw new AssertionError("the test was not injected with the overridden bindings");
    }
  }
}
