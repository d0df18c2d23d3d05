package dev.cogwheel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The JVM's age as read from {@code /proc}, with lines as {@code proc(5)} describes them. */
class JvmAgeTest {
  /** A stat line whose process started 123,456 ticks (1,234.56 s) after boot. */
  private static String stat(String command) {
    return "4242 ("
        + command
        + ") S 1 4242 4242 0 -1 4194560 26185 0 0 0 311 52 0 0 20 0 31 0 123456 5147959296 55302"
        + " 18446744073709551615 1 1 0 0 0 0 0 4096 16796879 0 0 0 17 1 0 0 0 0 0\n";
  }

  @Test
  void theAgeIsTheTimeSinceBootLessTheProcessStartInTicksOfTenMilliseconds() {
    assertThat(JvmAge.fromProc(stat("java"), "1235.47 2400.10\n")).isEqualTo(910);
  }

  @Test
  void aCommandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    assertThat(JvmAge.fromProc(stat("main) (2 x"), "1235.47 2400.10\n")).isEqualTo(910);
  }

  @Test
  void aLineThatIsNotAStatLineIsRefusedNamingIt() {
    assertThatThrownBy(() -> JvmAge.fromProc("no fields here", "1235.47 2400.10\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a /proc/<pid>/stat line: no fields here");
  }

  @Test
  void anAgeReadFromProcIsTakenWhenItIsAtLeastWhatTheJvmHasDone() {
    assertThat(JvmAge.millis(500, () -> 910, () -> 880)).isEqualTo(910);
  }

  @Test
  void anAgeFromProcBelowWhatTheJvmHasDoneGivesWayToTheJvmsOwnUptime() {
    // /proc/uptime virtualised for a container (LXCFS), the process's start counted from the host's
    // boot.
    assertThat(JvmAge.millis(500, () -> -86_000_000, () -> 880)).isEqualTo(880);
  }

  @Test
  void anUnreadableProcGivesWayToTheJvmsOwnUptime() {
    assertThat(
            JvmAge.millis(
                500,
                () -> {
                  throw new IllegalArgumentException("not a /proc/<pid>/stat line: ");
                },
                () -> 880))
        .isEqualTo(880);
  }

  @Test
  void theRunningJvmIsOlderThanZeroAndYoungerThanADay() {
    assertThat(JvmAge.millis(0)).isPositive().isLessThan(86_400_000L);
  }
}
