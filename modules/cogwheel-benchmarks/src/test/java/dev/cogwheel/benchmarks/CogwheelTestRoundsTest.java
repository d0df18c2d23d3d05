package dev.cogwheel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogwheel.benchmarks.internal.CogwheelPerTest;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs the real JUnit tests once: it measures nothing; it keeps them from rotting. */
class CogwheelTestRoundsTest {
  @Test
  void printsTheThreeContendersAndCogwheelsComparison() {
    String table = CogwheelTestRounds.run(1, 1, 0);

    assertThat(
            table
                .lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| -"))
                .map(l -> l.split("\\|")[1].strip()))
        .containsExactly("contender", "cogwheelTest", "plainInjectorTest", "emptyTest");
    assertThat(table).contains("| plainInjectorTest |", "≤ 1.00×");
  }

  @Test
  void everyTestOfTheCogwheelClassPassesThroughJunitsLauncher() {
    assertThat(
            CogwheelTestRounds.runClass(LauncherFactory.create(), CogwheelPerTest.class)
                .getTestsSucceededCount())
        .isEqualTo(CogwheelPerTest.TESTS);
  }

  @Test
  void aClassWhoseTestsFailIsAnError() {
    assertThatThrownBy(
            () -> CogwheelTestRounds.runClass(LauncherFactory.create(), FailingTests.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FailingTests: 0 of 50 tests passed");
  }

  /** Not run by Surefire (its name is no test's); run by the test above through the launcher. */
  static class FailingTests {
    @org.junit.jupiter.api.Test
    void fails() {
      throw new AssertionError("fails");
    }
  }

  @Test
  void refusesAnUnknownOption() {
    assertThatThrownBy(() -> CogwheelTestRounds.main(new String[] {"--forks", "3"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --forks");
  }
}
