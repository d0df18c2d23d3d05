package com.example.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.cogwheel.Component;
import dev.cogwheel.Container;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first service of the core README, as written there: it compiles against the public API only
 * (this package is not Cogwheel's), runs, and does what the README says it does.
 */
class HeartbeatServiceTest {
  @TempDir Path dir;

  @Test
  void theJournalOpensFirstTheBeatsRunWhileRunningAndTheStopIsInReverse() throws IOException {
    Path journal = dir.resolve("heartbeat.log");
    Container container =
        Container.builder()
            .name("heartbeat")
            .modules(new HeartbeatModule(journal, Duration.ofMillis(10)))
            .build()
            .start();
    try {
      assertThat(container.components().stream().map(Component::name))
          .containsExactly("Journal", "Heartbeat");
      await().until(() -> lines(journal).contains("beat 2"));
    } finally {
      container.stop();
    }

    List<String> lines = lines(journal);
    List<String> beats =
        lines.stream().filter(line -> line.startsWith("beat ")).collect(Collectors.toList());
    assertThat(lines)
        .startsWith("journal opened", "beat 1", "beat 2")
        .endsWith("stopped after " + beats.size() + " beats", "journal closed")
        .hasSize(beats.size() + 3);
  }

  @Test
  void mainRunsUntilSigtermWhichReleasesEverythingAndExitsWith143() throws Exception {
    Path journal = dir.resolve("heartbeat.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process service =
        new ProcessBuilder(
                java,
                "-Dguice_bytecode_gen_option=DISABLED",
                "-cp",
                System.getProperty("java.class.path"),
                HeartbeatService.class.getName(),
                journal.toString())
            .redirectOutput(dir.resolve("stdout.txt").toFile())
            .redirectError(dir.resolve("stderr.txt").toFile())
            .start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(() -> lines(journal).contains("beat 1"));

      service.destroy(); // SIGTERM

      assertThat(service.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(service.exitValue()).isEqualTo(143);
      assertThat(lines(journal))
          .endsWith("journal closed")
          .anyMatch(l -> l.startsWith("stopped after"));
    } finally {
      service.destroyForcibly();
    }
  }

  @Test
  void theReadmeShowsEveryFileOfTheServiceWhole() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Path sources = Path.of("src/test/java/com/example/heartbeat");

    for (String file :
        List.of(
            "Journal.java", "Heartbeat.java", "HeartbeatModule.java", "HeartbeatService.java")) {
      assertThat(readme).as(file).contains("```java\n" + Files.readString(sources.resolve(file)));
    }
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
  }
}
