package dev.cogwheel;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlightRecorderTest {
  @Singleton
  static class Pool {}

  @Singleton
  static class Client {
    @Inject
    Client(Pool pool) {}
  }

  @Test
  void aRecordingGetsOneStartAndOneStopEventPerComponentWithItsKeyTypeAndThread() throws Exception {
    Path file = Files.createDirectories(Path.of("target", "jfr")).resolve("lifecycle.jfr");
    try (Recording recording = new Recording()) {
      recording.enable("dev.cogwheel.ComponentStart");
      recording.enable("dev.cogwheel.ComponentStop");
      recording.start();
      Container container =
          Container.builder()
              .name("recorded")
              .modules(
                  new AbstractModule() {
                    @Override
                    protected void configure() {
                      bind(Client.class);
                    }
                  })
              .build()
              .start();
      container.stop();
      recording.stop();
      recording.dump(file);
    }

    List<RecordedEvent> events =
        RecordingFile.readAllEvents(file).stream()
            .filter(e -> "recorded".equals(e.getString("container")))
            .toList();
    Map<String, Long> starts = count(events, "dev.cogwheel.ComponentStart");
    Map<String, Long> stops = count(events, "dev.cogwheel.ComponentStop");
    assertThat(starts)
        .containsOnly(
            Map.entry(com.google.inject.Key.get(Pool.class).toString(), 1L),
            Map.entry(com.google.inject.Key.get(Client.class).toString(), 1L));
    assertThat(stops).isEqualTo(starts);
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.getThread().getJavaName()).startsWith("recorded-");
              assertThat(e.getClass("type").getName())
                  .isIn(Pool.class.getName(), Client.class.getName());
            });
  }

  @Test
  void aStartAndStopWhereFlightRecorderNeverRanLoadNoneOfItsEventMachinery(@TempDir Path dir)
      throws Exception {
    Path log = dir.resolve("classes.txt");
    ShutdownHookTest.Child child =
        ShutdownHookTest.Child.start(dir, "exit", "-Xlog:class+load=info:file=" + log);

    assertThat(child.waitFor()).isZero();
    assertThat(child.stdout()).contains("started Client", "released Pool");
    List<String> loaded =
        Files.readAllLines(log).stream()
            .map(line -> line.substring(line.indexOf("] ", line.indexOf("class,load")) + 2))
            .map(line -> line.substring(0, line.indexOf(' ')))
            .filter(
                name ->
                    name.startsWith("jdk.jfr.")
                        || name.startsWith("dev.cogwheel.") && name.endsWith("Event"))
            .toList();
    assertThat(loaded).containsExactly("jdk.jfr.FlightRecorder");
  }

  private static Map<String, Long> count(List<RecordedEvent> events, String type) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(type))
        .collect(Collectors.groupingBy(e -> e.getString("key"), Collectors.counting()));
  }
}
