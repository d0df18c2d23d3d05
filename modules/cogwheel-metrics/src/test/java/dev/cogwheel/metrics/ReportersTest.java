package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.inject.AbstractModule;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportersTest {
  private static final Duration SHORT_PERIOD = Duration.ofMillis(50);
  private static final Duration NO_PERIODIC_REPORT = Duration.ofHours(1);

  private final MBeanServer mbeans = ManagementFactory.getPlatformMBeanServer();
  private Container container;

  @AfterEach
  void stop() {
    if (container != null) {
      container.stop();
      await().until(() -> container.threads().isEmpty());
    }
  }

  @Test
  void jmxExposesEveryMetricWhileTheContainerRunsInADomainNamedAfterIt() throws Exception {
    container = start("jmx-default", MetricsModule.builder().jmx().build());
    ObjectName running =
        new ObjectName("jmx-default:type=gauges,name=" + MetricNames.CONTAINER_RUNNING);

    assertThat(mbeans.isRegistered(running)).isTrue();
    assertThat(mbeans.getAttribute(running, "Value")).isEqualTo(1);

    container.stop();

    assertThat(mbeans.isRegistered(running)).isFalse();
  }

  @Test
  void jmxUsesTheDomainGiven() throws Exception {
    container = start("jmx-domain", MetricsModule.builder().jmx("cogwheel.test").build());

    assertThat(
            mbeans.isRegistered(
                new ObjectName("cogwheel.test:type=timers,name=" + MetricNames.CONTAINER_START)))
        .isTrue();
  }

  @Test
  void anInvalidJmxDomainFailsTheStartNamingIt() {
    Container invalid =
        Container.builder()
            .name("jmx-invalid")
            .modules(MetricsModule.builder().jmx("bad:domain").build())
            .build();

    assertThatThrownBy(invalid::start)
        .isInstanceOf(StartupException.class)
        .hasMessageContaining("MetricsModule.Builder.jmx(\"bad:domain\"): not a valid JMX domain");
  }

  @Test
  void csvWritesTheFinalReportAfterEveryComponentHasStopped(@TempDir Path temp) throws Exception {
    Path directory = temp.resolve("metrics/csv");
    container =
        start(
            "csv-final", MetricsModule.builder().csv(directory).period(NO_PERIODIC_REPORT).build());
    assertThat(Files.isDirectory(directory)).isTrue();

    container.stop();

    List<String> stop = Files.readAllLines(directory.resolve(MetricNames.CONTAINER_STOP + ".csv"));
    assertThat(stop).hasSize(2);
    assertThat(stop.get(0)).startsWith("t,count,");
    assertThat(stop.get(1).split(",")[1]).isEqualTo("1");
    List<String> running =
        Files.readAllLines(directory.resolve(MetricNames.CONTAINER_RUNNING + ".csv"));
    assertThat(running).hasSize(2);
    assertThat(running.get(1)).endsWith(",0");
  }

  @Test
  void reportersReportOnlyWhatTheFilterLetsThrough(@TempDir Path directory) throws Exception {
    container =
        start(
            "csv-filtered",
            MetricsModule.builder()
                .csv(directory)
                .filter((name, metric) -> name.startsWith("cogwheel.container."))
                .period(NO_PERIODIC_REPORT)
                .build());

    container.stop();

    try (java.util.stream.Stream<Path> files = Files.list(directory)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .isNotEmpty()
          .allSatisfy(file -> assertThat(file).startsWith("cogwheel.container."));
    }
  }

  @Test
  void csvAppendsARowEachPeriod(@TempDir Path directory) {
    container =
        start("csv-periodic", MetricsModule.builder().csv(directory).period(SHORT_PERIOD).build());
    Path running = directory.resolve(MetricNames.CONTAINER_RUNNING + ".csv");

    await().until(() -> Files.exists(running) && Files.readAllLines(running).size() >= 3);
  }

  @Test
  void aCsvDirectoryThatCannotBeCreatedFailsTheStartNamingIt(@TempDir Path temp) throws Exception {
    Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
    Container invalid =
        Container.builder()
            .name("csv-invalid")
            .modules(MetricsModule.builder().csv(file.resolve("csv")).build())
            .build();

    assertThatThrownBy(invalid::start)
        .isInstanceOf(StartupException.class)
        .hasMessageContaining(
            "MetricsModule.Builder.csv(" + file.resolve("csv") + "): cannot create the directory");
  }

  @Test
  void slf4jReporterRunsOnAContainerThreadThatEndsAtStop() {
    container =
        start(
            "slf4j-thread",
            MetricsModule.builder().slf4j("test.metrics").period(SHORT_PERIOD).build());

    assertThat(threadNames()).contains("slf4j-thread-metrics-slf4j-1");

    container.stop();

    await().until(() -> container.threads().isEmpty());
  }

  @Test
  void everyReporterCanRunTogether(@TempDir Path directory) throws Exception {
    try (GraphiteListener graphite = GraphiteListener.open()) {
      container =
          start(
              "all-reporters",
              MetricsModule.builder()
                  .jmx()
                  .slf4j()
                  .graphite("127.0.0.1", graphite.port())
                  .csv(directory)
                  .period(SHORT_PERIOD)
                  .build());

      assertThat(threadNames())
          .contains(
              "all-reporters-metrics-slf4j-1",
              "all-reporters-metrics-graphite-1",
              "all-reporters-metrics-csv-1");
      await().until(() -> graphite.reports().size() >= 1);

      container.stop();

      await().until(() -> container.threads().isEmpty());
      assertThat(Files.exists(directory.resolve(MetricNames.CONTAINER_STOP + ".csv"))).isTrue();
      await()
          .until(
              () ->
                  graphite.reports().stream()
                      .anyMatch(r -> r.contains(MetricNames.CONTAINER_STOP + ".count 1 ")));
    }
  }

  private List<String> threadNames() {
    return container.threads().stream().map(Thread::getName).collect(Collectors.toList());
  }

  private static Container start(String name, MetricsModule metrics) {
    return Container.builder().name(name).modules(metrics, new AbstractModule() {}).build().start();
  }
}
