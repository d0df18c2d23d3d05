package dev.cogwheel.app;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' own linter, {@code promtool check metrics}, run on a scrape. It must be installed:
 * {@code .ci/run} installs it (Debian package {@code prometheus}); on a developer's machine {@code
 * apt-get install prometheus}. A missing promtool fails the test that needs it rather than skipping
 * it, so that CI can never pass without the check.
 */
final class Promtool {
  /** What promtool printed (standard output and error together) and its exit code. */
  record Result(String output, int exitCode) {}

  private Promtool() {}

  /** Runs {@code promtool check metrics} on {@code text}. */
  static Result checkMetrics(String text) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(executable().toString(), "check", "metrics")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("promtool check metrics did not end within 30 s");
    }
    return new Result(output.strip(), process.exitValue());
  }

  private static Path executable() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Paths.get(directory, "promtool");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(
        "promtool is not on the PATH ("
            + path
            + "): install the Debian package 'prometheus' "
            + "(apt-get install prometheus); .ci/run installs it for CI");
  }
}
