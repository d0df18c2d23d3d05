package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogwheel.fixtures.HookedService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shutdown hook, in real child JVMs that exit normally or receive a real SIGTERM. Each child is
 * killed after its test if it still runs, and ends itself after a while in any case ({@link
 * HookedService#LIFETIME}).
 */
class ShutdownHookTest {
  @TempDir Path dir;

  private Child child;

  @AfterEach
  void endTheChild() throws InterruptedException {
    if (child != null && child.process.isAlive()) {
      child.process.destroyForcibly();
      child.process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void programThatSimplyEndsHasEverythingReleasedByTheHookInReverseOrder() throws Exception {
    child = Child.start(dir, "exit");

    assertThat(child.waitFor()).isZero();
    assertThat(child.stdout())
        .containsExactly(
            "started Pool", "started Client", "running", "released Client", "released Pool");
    assertThat(child.stderr()).isEmpty();
  }

  @Test
  void sigtermStopsARunningServiceAndItsMainReturns() throws Exception {
    child = Child.start(dir, "wait");
    child.awaitLine("running");

    child.process.destroy(); // SIGTERM

    assertThat(child.waitFor()).isEqualTo(143);
    assertThat(child.stdout())
        .startsWith("started Pool", "started Client", "running")
        .contains("released Client", "released Pool");
    assertThat(child.stdout().indexOf("released Client"))
        .isLessThan(child.stdout().indexOf("released Pool"));
    assertThat(child.stderr()).isEmpty();
  }

  @Test
  void sigtermDuringStartReleasesWhatHadStarted() throws Exception {
    child = Child.start(dir, "stuck");
    child.awaitLine("starting Stuck");

    child.process.destroy(); // SIGTERM

    assertThat(child.waitFor()).isEqualTo(143);
    assertThat(child.stdout())
        .startsWith("started Pool", "started Client", "starting Stuck")
        .contains("released Client", "released Pool");
    assertThat(child.stdout().indexOf("released Client"))
        .isLessThan(child.stdout().indexOf("released Pool"));
  }

  @Test
  void withStopAfterStartAServiceWaitingForItsStopExitsZeroAfterAFullStartAndStop()
      throws Exception {
    Child child = Child.start(dir, "wait", "-Dcogwheel.stopAfterStart=true");

    assertThat(child.waitFor()).isZero();
    List<String> lines = child.stdout();
    assertThat(lines)
        .containsExactlyInAnyOrder(
            "started Pool",
            "started Client",
            "running",
            "released Client",
            "released Pool",
            "main saw the stop");
    // "running" is printed by main as the stop begins on another thread: before or among those.
    assertThat(lines.stream().filter(line -> !line.equals("running")))
        .containsExactly(
            "started Pool",
            "started Client",
            "released Client",
            "released Pool",
            "main saw the stop");
    assertThat(child.stderr()).isEmpty();
  }

  @Test
  void explicitStopsRemoveTheHookSoNonePilesUpAcrossRestarts() throws Exception {
    child = Child.start(dir, "restarts");

    assertThat(child.waitFor()).isZero();
    List<String> lines = child.stdout();
    List<String> afterCycles = lines.subList(lines.indexOf("cycled 50 times"), lines.size());
    assertThat(afterCycles)
        .containsExactly(
            "cycled 50 times",
            "started Pool",
            "started Client",
            "running",
            "released Client",
            "released Pool");
    assertThat(child.stderr()).isEmpty();
  }

  /** A child JVM running {@link HookedService}, its output captured to files. */
  static final class Child {
    final Process process;
    final Path out;
    final Path err;

    private Child(Process process, Path out, Path err) {
      this.process = process;
      this.out = out;
      this.err = err;
    }

    /** Starts {@link HookedService} in {@code mode}, with {@code jvmOptions} before its class. */
    static Child start(Path dir, String mode, String... jvmOptions) throws IOException {
      Path out = dir.resolve("stdout.txt");
      Path err = dir.resolve("stderr.txt");
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      // Run as the README tells a service on JDK 24+ to run: with Guice's class generation off,
      // whose sun.misc.Unsafe use would print warnings to stderr.
      List<String> command = new ArrayList<>(List.of(java, "-Dguice_bytecode_gen_option=DISABLED"));
      command.addAll(List.of(jvmOptions));
      command.addAll(
          List.of(
              "-cp", System.getProperty("java.class.path"), HookedService.class.getName(), mode));
      Process process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      return new Child(process, out, err);
    }

    void awaitLine(String line) throws IOException, InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!stdout().contains(line)) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new AssertionError(
              "child never printed '" + line + "'; it printed " + stdout() + " and " + stderr());
        }
        Thread.sleep(10);
      }
    }

    int waitFor() throws InterruptedException {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("child did not exit within 30 s");
      }
      return process.exitValue();
    }

    List<String> stdout() throws IOException {
      return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    List<String> stderr() throws IOException {
      return Files.readAllLines(err, StandardCharsets.UTF_8);
    }
  }
}
