package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.google.inject.Key;
import com.google.inject.Module;
import dev.cogwheel.Container;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;

/**
 * A started container for one test, and the checks every test ends with: no response body left
 * open, no leak warning from OkHttp, and after the stop no thread or connection of the connector.
 */
final class Running implements AutoCloseable {
  static final String NAME = "okhttp-test";

  final Container container;
  private final Connector connector;
  private final int warningsBefore;

  private Running(Container container, int warningsBefore) {
    this.container = container;
    this.connector = container.getInstance(Connector.class);
    this.warningsBefore = warningsBefore;
  }

  static Running start(Module... modules) {
    int warningsBefore = OkHttpLog.count();
    return new Running(
        Container.builder()
            .name(NAME)
            .modules(modules)
            .stopTimeout(Duration.ofSeconds(8))
            .build()
            .start(),
        warningsBefore);
  }

  <T> T get(Class<T> type) {
    return container.getInstance(type);
  }

  <T> T get(Key<T> key) {
    return container.getInstance(key);
  }

  Connector connector() {
    return connector;
  }

  /** The base URL of a MockWebServer, addressed by the IP it is bound to (127.0.0.1). */
  static String baseUrl(MockWebServer server) {
    return "http://"
        + server.getSocketAddress().getAddress().getHostAddress()
        + ":"
        + server.getPort()
        + "/";
  }

  /**
   * Threads of the connector (its dispatcher and its timer): named {@code <container>-okhttp-...},
   * or renamed by OkHttp to {@code OkHttp <url>} while they run a call.
   */
  static List<String> connectorThreads(Container container) {
    return container.threads().stream()
        .map(Thread::getName)
        .filter(name -> name.startsWith(NAME + "-okhttp-") || name.startsWith("OkHttp http"))
        .collect(Collectors.toList());
  }

  /**
   * The container's threads apart from OkHttp's JVM-wide ones ("OkHttp TaskRunner", renamed to
   * "OkHttp <task>" while it runs a task, and "Okio Watchdog"), which cannot be stopped and idle
   * out on their own.
   */
  static List<String> threadsBesidesOkHttpShared(Container container) {
    return container.threads().stream()
        .map(Thread::getName)
        .filter(name -> !name.equals("Okio Watchdog"))
        .filter(name -> !name.startsWith("OkHttp ") || name.startsWith("OkHttp http"))
        .collect(Collectors.toList());
  }

  /**
   * Stops the container after checking that no connection is held by an open response body, then
   * checks that the connector left no thread and no connection behind.
   */
  @Override
  public void close() {
    try {
      if (container.state() == dev.cogwheel.State.RUNNING) {
        assertThat(connector.connectionPool().connectionCount())
            .as("connections held by a response body that was not closed")
            .isEqualTo(connector.connectionPool().idleConnectionCount());
      }
    } finally {
      container.stop();
    }
    assertThat(connectorThreads(container)).as("connector threads alive after stop").isEmpty();
    assertThat(connector.connectionPool().connectionCount())
        .as("pooled connections after stop")
        .isZero();
    await()
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(10))
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(threadsBesidesOkHttpShared(container)).isEmpty());
    assertThat(OkHttpLog.since(warningsBefore)).as("OkHttp warnings").isEmpty();
  }
}
