package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.google.inject.AbstractModule;
import dev.cogwheel.Container;
import dev.cogwheel.State;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GraphiteReportingTest {
  private static final Duration SHORT_PERIOD = Duration.ofMillis(50);

  /** Long enough that the only report of a test is the final one. */
  private static final Duration NO_PERIODIC_REPORT = Duration.ofHours(1);

  private GraphiteListener graphite;
  private Container container;

  @BeforeEach
  void openGraphite() throws Exception {
    graphite = GraphiteListener.open();
  }

  @AfterEach
  void stopEverything() throws Exception {
    if (container != null) {
      container.stop();
      await().until(() -> container.threads().isEmpty());
    }
    graphite.close();
  }

  @Test
  void periodicReportsReachGraphiteWhileTheContainerRuns() {
    container =
        start(
            "graphite-periodic",
            MetricsModule.builder()
                .graphite("127.0.0.1", graphite.port())
                .period(SHORT_PERIOD)
                .build());

    await().until(() -> graphite.reports().size() >= 2);

    Map<String, String> first = GraphiteListener.values(graphite.reports().get(0));
    assertThat(first)
        .containsEntry(MetricNames.CONTAINER_RUNNING, "1")
        .containsEntry(MetricNames.CONTAINER_START + ".count", "1")
        .containsEntry("cogwheel.component.start.GraphiteReportingTest$Database.count", "1")
        .containsEntry("cogwheel.component.start.GraphiteReportingTest$Cache.count", "1");
  }

  @Test
  void finalReportComesAfterEveryOtherComponentHasStoppedAndHoldsTheirStopTimers() {
    container =
        start(
            "graphite-final",
            MetricsModule.builder()
                .graphite("127.0.0.1", graphite.port())
                .period(NO_PERIODIC_REPORT)
                .build());

    container.stop();

    await().until(() -> graphite.reports().size() == 1);
    Map<String, String> report = GraphiteListener.values(graphite.reports().get(0));
    assertThat(report)
        .containsEntry("cogwheel.component.stop.GraphiteReportingTest$Database.count", "1")
        .containsEntry("cogwheel.component.stop.GraphiteReportingTest$Cache.count", "1")
        .containsEntry("cogwheel.component.stop.MetricRegistry.count", "1")
        .containsEntry(MetricNames.CONTAINER_STOP + ".count", "1")
        .containsEntry(MetricNames.CONTAINER_RUNNING, "0")
        .containsEntry(MetricNames.CONTAINER_COMPONENTS, "0")
        .containsEntry(MetricNames.COMPONENT_STOP_FAILURES + ".count", "0");
  }

  @Test
  void finalReportIsTheLastOneAfterPeriodicReports() {
    container =
        start(
            "graphite-last",
            MetricsModule.builder()
                .graphite("127.0.0.1", graphite.port())
                .period(SHORT_PERIOD)
                .build());
    await().until(() -> graphite.reports().size() >= 2);

    container.stop();

    String stopCount = MetricNames.CONTAINER_STOP + ".count";
    await()
        .until(
            () ->
                graphite.reports().stream()
                    .anyMatch(r -> GraphiteListener.values(r).containsKey(stopCount)));
    List<String> reports = graphite.reports();
    List<Integer> withStopTimer =
        indexesOf(reports, r -> GraphiteListener.values(r).containsKey(stopCount));
    assertThat(withStopTimer).containsExactly(reports.size() - 1);
    assertThat(GraphiteListener.values(reports.get(reports.size() - 1)))
        .containsEntry(stopCount, "1")
        .containsEntry("cogwheel.component.stop.GraphiteReportingTest$Database.count", "1");
  }

  @Test
  void prefixIsPutBeforeEveryName() {
    container =
        start(
            "graphite-prefix",
            MetricsModule.builder()
                .graphite("127.0.0.1", graphite.port())
                .prefix("bot.host-1")
                .period(NO_PERIODIC_REPORT)
                .build());

    container.stop();

    await().until(() -> graphite.reports().size() == 1);
    Map<String, String> report = GraphiteListener.values(graphite.reports().get(0));
    assertThat(report).isNotEmpty();
    assertThat(report.keySet()).allMatch(name -> name.startsWith("bot.host-1.cogwheel."));
  }

  @Test
  void pickledReportsReachGraphite() {
    container =
        start(
            "graphite-pickle",
            MetricsModule.builder()
                .graphite(GraphiteProtocol.PICKLE, "127.0.0.1", graphite.port())
                .period(NO_PERIODIC_REPORT)
                .build());

    container.stop();

    await().until(() -> graphite.reports().size() == 1);
    String pickle = graphite.reports().get(0);
    assertThat(pickle)
        .contains("S'" + MetricNames.CONTAINER_STOP + ".count'\n")
        .contains("S'cogwheel.component.stop.GraphiteReportingTest$Database.count'\n");
  }

  @Test
  void udpReportsReachGraphite() throws Exception {
    try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      container =
          start(
              "graphite-udp",
              MetricsModule.builder()
                  .graphite(GraphiteProtocol.UDP, "127.0.0.1", udp.getLocalPort())
                  .period(NO_PERIODIC_REPORT)
                  .build());

      container.stop();

      List<String> lines = receiveUntil(udp, MetricNames.CONTAINER_STOP + ".count ");
      assertThat(lines).anyMatch(line -> line.startsWith(MetricNames.CONTAINER_STOP + ".count 1 "));
    }
  }

  @Test
  void unreachableGraphiteFailsNeitherStartNorStopAndIsCounted() throws Exception {
    MetricRegistry registry = new MetricRegistry();
    container =
        start(
            "graphite-down",
            MetricsModule.builder()
                .registry(registry)
                .graphite("127.0.0.1", closedPort())
                .period(NO_PERIODIC_REPORT)
                .build());
    assertThat(container.state()).isEqualTo(State.RUNNING);

    container.stop();

    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(registry.counter(MetricNames.GRAPHITE_REPORT_FAILURES).getCount()).isEqualTo(1);
  }

  @Test
  void everyFailedPeriodicReportIsCounted() throws Exception {
    MetricRegistry registry = new MetricRegistry();
    container =
        start(
            "graphite-down-periodic",
            MetricsModule.builder()
                .registry(registry)
                .graphite("127.0.0.1", closedPort())
                .period(SHORT_PERIOD)
                .build());

    await().until(() -> registry.counter(MetricNames.GRAPHITE_REPORT_FAILURES).getCount() >= 2);
    long beforeStop = registry.counter(MetricNames.GRAPHITE_REPORT_FAILURES).getCount();
    container.stop();

    assertThat(container.state()).isEqualTo(State.STOPPED);
    assertThat(registry.counter(MetricNames.GRAPHITE_REPORT_FAILURES).getCount())
        .isGreaterThan(beforeStop);
  }

  @Test
  void reportsResumeWhenGraphiteComesBack() throws Exception {
    MetricRegistry registry = new MetricRegistry();
    int port = closedPort();
    container =
        start(
            "graphite-back",
            MetricsModule.builder()
                .registry(registry)
                .graphite("127.0.0.1", port)
                .period(SHORT_PERIOD)
                .build());
    await().until(() -> registry.counter(MetricNames.GRAPHITE_REPORT_FAILURES).getCount() >= 1);

    try (GraphiteListener back = GraphiteListener.open(port)) {
      await().until(() -> back.reports().size() >= 1);
      assertThat(GraphiteListener.values(back.reports().get(0)))
          .containsEntry(MetricNames.CONTAINER_RUNNING, "1");
      container.stop();
    }
  }

  @Test
  void reporterThreadIsAContainerThreadThatStartsWhenTheContainerRunsAndEndsAtStop() {
    container =
        start(
            "graphite-threads",
            MetricsModule.builder()
                .graphite("127.0.0.1", graphite.port())
                .period(SHORT_PERIOD)
                .build(),
            new AbstractModule() {
              @Override
              protected void configure() {
                bind(ThreadProbe.class);
              }
            });
    await().until(() -> graphite.reports().size() >= 1);

    assertThat(container.getInstance(ThreadProbe.class).threadsAtStart)
        .noneMatch(name -> name.contains("-metrics-"));
    assertThat(threadNames(container)).contains("graphite-threads-metrics-graphite-1");

    container.stop();

    await().until(() -> container.threads().isEmpty());
  }

  private static Container start(String name, MetricsModule metrics) {
    return start(
        name,
        metrics,
        new AbstractModule() {
          @Override
          protected void configure() {
            bind(Cache.class);
          }
        });
  }

  private static Container start(String name, MetricsModule metrics, AbstractModule application) {
    return Container.builder().name(name).modules(metrics, application).build().start();
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static List<String> threadNames(Container container) {
    return container.threads().stream().map(Thread::getName).collect(Collectors.toList());
  }

  private static List<Integer> indexesOf(List<String> reports, Predicate<String> match) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      if (match.test(reports.get(i))) {
        indexes.add(i);
      }
    }
    return indexes;
  }

  private static List<String> receiveUntil(DatagramSocket udp, String linePrefix) throws Exception {
    udp.setSoTimeout(5_000);
    List<String> lines = new CopyOnWriteArrayList<>();
    byte[] buffer = new byte[65_536];
    while (lines.stream().noneMatch(line -> line.startsWith(linePrefix))) {
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        udp.receive(packet);
      } catch (SocketTimeoutException e) {
        throw new AssertionError(
            "no UDP datagram starting with '" + linePrefix + "' within 5 s; got " + lines, e);
      }
      String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Singleton
  static class Database {
    boolean open;

    @PostConstruct
    void open() {
      open = true;
    }

    @PreDestroy
    void close() {
      open = false;
    }
  }

  @Singleton
  static class Cache {
    @Inject
    Cache(Database database) {}

    @PreDestroy
    void flush() {}
  }

  /** Records the container's threads while it is starting. */
  @Singleton
  static class ThreadProbe {
    final List<String> threadsAtStart;

    @Inject
    ThreadProbe(Container container) {
      this.threadsAtStart = threadNames(container);
    }
  }
}
