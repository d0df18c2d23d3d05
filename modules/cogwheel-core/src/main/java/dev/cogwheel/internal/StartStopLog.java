package dev.cogwheel.internal;

import dev.cogwheel.StartupException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start and stop report of one run: a line per component and a summary, at INFO, and the
 * failures at WARN and ERROR, through SLF4J under the container's logger ({@code
 * dev.cogwheel.Container}). Told of each event by the {@link Run} before the listeners are, with
 * the run's own record of a component, so that a run with no listener takes no snapshot of one.
 */
final class StartStopLog {
  private static final Logger log = LoggerFactory.getLogger("dev.cogwheel.Container");

  private final String containerName;
  private int started;
  private int stopped;

  StartStopLog(String containerName) {
    this.containerName = containerName;
  }

  void starting() {
    log.info("Starting container '{}'", containerName);
  }

  synchronized void componentStarted(ManagedComponent component) {
    started++;
    if (log.isInfoEnabled()) {
      log.info(
          "  started  {} {} in {}",
          pad(component.startOrder()),
          component,
          format(component.startNanos()));
    }
  }

  synchronized void started(Duration duration) {
    if (log.isInfoEnabled()) {
      log.info(
          "Container '{}' started {} components in {}; JVM running for {} ms",
          containerName,
          started,
          format(duration.toNanos()),
          JvmAge.millis(duration.toMillis()));
    }
  }

  void stoppingAfterStart() {
    log.info(
        "Container '{}' stops now that it has started, as -D{}=true asks",
        containerName,
        StopAfterStart.PROPERTY);
  }

  /**
   * Logs the failure's message, with Guice's report when it is the cause: the message sums it up.
   */
  void startFailed(StartupException failure) {
    Throwable cause = failure.getCause();
    if (GuiceReport.isReport(cause)) {
      log.error("{}\n{}", failure.getMessage(), cause.getMessage());
    } else {
      log.error("{}", failure.getMessage());
    }
  }

  void stopping() {
    log.info("Stopping container '{}'", containerName);
  }

  synchronized void componentStopped(ManagedComponent component) {
    stopped++;
    Throwable failure = component.stopFailure();
    if (failure != null) {
      log.warn("  failed   {} {}: {}", pad(component.startOrder()), component, failure.toString());
    } else if (log.isInfoEnabled()) {
      log.info(
          "  stopped  {} {} in {}",
          pad(component.startOrder()),
          component,
          format(Math.max(0, component.stopNanos())));
    }
  }

  synchronized void stopped(Duration duration) {
    if (log.isInfoEnabled()) {
      log.info(
          "Container '{}' stopped {} components in {}",
          containerName,
          stopped,
          format(duration.toNanos()));
    }
  }

  // Written by hand rather than with String.format, as "[%3d]" and "%.2f ms" would: the first
  // Formatter of a JVM with a number makes the locale providers (some 40 ms of a cold start, on
  // the start thread as the first component has started).
  private static String pad(int order) {
    String digits = Integer.toString(order);
    return "[" + " ".repeat(Math.max(0, 3 - digits.length())) + digits + "]";
  }

  private static String format(long nanos) {
    long micros = nanos / 1_000;
    if (micros < 10_000) {
      long hundredths = (micros + 5) / 10; // half up, as %.2f rounds
      long fraction = hundredths % 100;
      return hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction + " ms";
    }
    return (micros / 1000) + " ms";
  }
}
