package dev.cogwheel.benchmarks.internal;

import org.junit.jupiter.api.RepeatedTest;

/**
 * {@link CogwheelPerTest}'s number of tests with nothing in them: what JUnit itself costs per test,
 * to be told apart from what the tests do. Run by {@code CogwheelTestRounds}; not a test of this
 * module.
 */
public class EmptyPerTest {
  @RepeatedTest(CogwheelPerTest.TESTS)
  void test() {}
}
