package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Launches of a real child JVM ({@link FakeApp}), timed and always ended. */
class AppLaunchTest {
  private final String marker = "-Dlaunch=" + UUID.randomUUID();

  @Test
  void timesTheFirstLineAndReadinessThenEndsTheApp() throws Exception {
    AppLaunch.Times times = AppLaunch.run(variant("ready"), Duration.ofMinutes(1));

    assertThat(times.firstLineMillis()).isPositive();
    assertThat(times.readyMillis()).isGreaterThanOrEqualTo(times.firstLineMillis());
    assertThat(stillRunning()).isEmpty();
  }

  @Test
  void anAppThatExitsBeforeItIsReadyFailsTheLaunchNamingTheVariant() {
    assertThatThrownBy(() -> AppLaunch.run(variant("--fail"), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fails exited (3) before it was ready");
    assertThat(stillRunning()).isEmpty();
  }

  private StartupVariant variant(String firstArgument) {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                marker,
                "-cp",
                System.getProperty("java.class.path"),
                FakeApp.class.getName(),
                firstArgument));
    return new StartupVariant(firstArgument.equals("--fail") ? "fails" : "fake", command);
  }

  private List<ProcessHandle> stillRunning() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(a -> List.of(a).contains(marker)).orElse(false))
        .filter(ProcessHandle::isAlive)
        .toList();
  }
}
