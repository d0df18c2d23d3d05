package dev.cogwheel.benchmarks.internal;

import com.google.inject.name.Named;
import dev.cogwheel.junit5.Bind;
import dev.cogwheel.junit5.CogwheelTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * {@value #TESTS} tests of {@link PerTestApp}, each with a fresh container from
 * {@code @CogwheelTest}: the test's clock bound over the app's, the test injected, the container
 * stopped and its threads checked after the test. Run by {@code CogwheelTestRounds} through JUnit's
 * launcher; not a test of this module.
 */
@CogwheelTest(modules = PerTestApp.class, name = "AppTest")
public class CogwheelPerTest {
  /** The number of tests in the class. */
  public static final int TESTS = 50;

  @Bind Clock clock = PerTestApp.FIXED;

  @Inject
  @Named("n49")
  Node last;

  @Inject Clock injected;

  @BeforeEach
  void resetCensus() {
    PerTestApp.CENSUS.reset();
  }

  @RepeatedTest(TESTS)
  void test() {
    if (last == null || injected != PerTestApp.FIXED) {
      throw new AssertionError("the test was not injected with the overridden bindings");
    }
  }

  /** Runs after the container stopped: every component started and stopped. */
  @AfterEach
  void verifyLifecycle() {
    PerTestApp.CENSUS.verifyFullCycle(PerTestApp.COMPONENTS);
  }
}
