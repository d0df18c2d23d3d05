package dev.cogwheel.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.graphite.Graphite;
import com.codahale.metrics.graphite.GraphiteReporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;

class OutageTrackingGraphiteSenderTest {
  private final MetricRegistry registry = new MetricRegistry();
  private final Counter failures = registry.counter("failures");
  private final RecordingLogger log = new RecordingLogger();
  private GraphiteReporter reporter;

  @AfterEach
  void closeReporter() {
    if (reporter != null) {
      reporter.close();
    }
  }

  @Test
  void anOutageIsLoggedOnceAndEveryFailedReportIsCounted() throws IOException {
    int port = closedPort();
    reporter = reporterTo(port);
    registry.counter("jobs").inc();

    reporter.report();
    reporter.report();
    reporter.report();

    assertThat(failures.getCount()).isEqualTo(3);
    assertThat(log.lines(Level.WARN))
        .containsExactly(
            "Graphite at plaintext://127.0.0.1:"
                + port
                + " is unreachable (java.net.ConnectException: Connection refused); "
                + "reports are dropped and counted in failures until it is back");
    assertThat(log.lines(Level.INFO)).isEmpty();
  }

  @Test
  void theRecoveryIsLoggedOnceAndANewOutageIsLoggedAgain() throws Exception {
    int port = closedPort();
    reporter = reporterTo(port);
    registry.counter("jobs").inc();
    reporter.report();

    try (ServerSocket graphite = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      Thread reader = drainOneConnection(graphite);
      reporter.report();
      reader.join(5_000);
    }
    reporter.report();

    assertThat(failures.getCount()).isEqualTo(2);
    assertThat(log.lines(Level.INFO))
        .containsExactly(
            "Graphite at plaintext://127.0.0.1:"
                + port
                + " is reachable again; reports are delivered");
    assertThat(log.lines(Level.WARN)).hasSize(2);
  }

  @Test
  void aDeliveredReportIsNotCounted() throws Exception {
    try (ServerSocket graphite = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      reporter = reporterTo(graphite.getLocalPort());
      registry.counter("jobs").inc();
      Thread reader = drainOneConnection(graphite);

      reporter.report();

      reader.join(5_000);
    }
    assertThat(failures.getCount()).isZero();
    assertThat(log.lines(Level.WARN)).isEmpty();
    assertThat(log.lines(Level.INFO)).isEmpty();
  }

  private GraphiteReporter reporterTo(int port) {
    Graphite graphite =
        new Graphite("127.0.0.1", port, new ConnectTimeoutSocketFactory(Duration.ofSeconds(5)));
    OutageTrackingGraphiteSender sender =
        new OutageTrackingGraphiteSender(
            graphite, "plaintext://127.0.0.1:" + port, failures, "failures", log);
    return GraphiteReporter.forRegistry(registry).build(sender);
  }

  private static Thread drainOneConnection(ServerSocket server) {
    Thread reader =
        new Thread(
            () -> {
              try (Socket socket = server.accept()) {
                socket.getInputStream().transferTo(new ByteArrayOutputStream());
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            },
            "test-graphite-reader");
    reader.start();
    return reader;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Keeps what is logged at INFO and above, formatted. */
  private static final class RecordingLogger extends AbstractLogger {
    private static final long serialVersionUID = 1L;
    private final List<String[]> lines = new ArrayList<>();

    synchronized List<String> lines(Level level) {
      List<String> matching = new ArrayList<>();
      for (String[] line : lines) {
        if (line[0].equals(level.name())) {
          matching.add(line[1]);
        }
      }
      return matching;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected synchronized void handleNormalizedLoggingCall(
        Level level,
        Marker marker,
        String messagePattern,
        Object[] arguments,
        Throwable throwable) {
      lines.add(
          new String[] {
            level.name(), MessageFormatter.basicArrayFormat(messagePattern, arguments)
          });
    }

    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
      return false;
    }

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
      return false;
    }

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
      return true;
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
      return true;
    }
  }
}
