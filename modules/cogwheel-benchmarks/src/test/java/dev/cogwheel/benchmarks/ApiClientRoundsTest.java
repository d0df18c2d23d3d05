package dev.cogwheel.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Runs the interleaved GETs for a moment: it measures nothing; it keeps them from rotting. */
class ApiClientRoundsTest {
  @Test
  void printsEveryContenderAndBothComparisonsAndEndsWhatItStarted() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    String table = ApiClientRounds.run(2, 5, 0);

    assertThat(
            table
                .lines()
                .filter(line -> line.startsWith("| ") && !line.startsWith("| -"))
                .map(l -> l.split("\\|")[1]))
        .containsExactly(
            " contender        ",
            " cogwheel         ",
            " rawOkHttp        ",
            " cogwheelRetrofit ",
            " rawRetrofit      ");
    assertThat(table).contains("| rawOkHttp  ", "| rawRetrofit  ");
    assertThat(
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive())
                .map(Thread::getName)
                .filter(n -> !n.startsWith("OkHttp TaskRunner") && !n.startsWith("Okio Watchdog")))
        .isEmpty();
  }

  @Test
  void refusesAnUnknownOption() {
    assertThatThrownBy(() -> ApiClientRounds.main(new String[] {"--forks", "3"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --forks");
  }
}
