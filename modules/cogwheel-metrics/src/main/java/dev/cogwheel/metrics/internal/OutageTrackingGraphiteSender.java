package dev.cogwheel.metrics.internal;

import com.codahale.metrics.Counter;
import com.codahale.metrics.graphite.GraphiteSender;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link GraphiteSender} that keeps a Graphite outage from failing a report.
 *
 * <p>When connecting or writing fails, the rest of the report is dropped and the failure is counted
 * (once per report); the first failure of an outage is logged as a warning, the next ones only at
 * debug level, and the first report delivered after an outage is logged as a recovery. {@link
 * com.codahale.metrics.graphite.GraphiteReporter} therefore never sees an exception and does not
 * log one per report.
 *
 * <p>The reporter calls {@code connect}, {@code send}, {@code flush} and {@code close} from one
 * report at a time; the methods are synchronized so that reports made on different threads (the
 * periodic one and the final one) see each other's state.
 */
final class OutageTrackingGraphiteSender implements GraphiteSender {
  private final Logger log;
  private final GraphiteSender delegate;
  private final String target;
  private final Counter failures;
  private final String failuresName;
  private boolean reportFailed;
  private boolean down;

  /**
   * @param delegate the sender that talks to Graphite
   * @param target where it talks to, for logs, for example {@code plaintext://graphite:2003}
   * @param failures the counter of failed reports
   * @param failuresName the name of that counter, for logs
   */
  OutageTrackingGraphiteSender(
      GraphiteSender delegate, String target, Counter failures, String failuresName) {
    this(
        delegate,
        target,
        failures,
        failuresName,
        LoggerFactory.getLogger(OutageTrackingGraphiteSender.class));
  }

  /** As above, logging to {@code log}. */
  OutageTrackingGraphiteSender(
      GraphiteSender delegate, String target, Counter failures, String failuresName, Logger log) {
    this.log = log;
    this.delegate = delegate;
    this.target = target;
    this.failures = failures;
    this.failuresName = failuresName;
  }

  @Override
  public synchronized void connect() {
    reportFailed = false;
    try {
      if (delegate.isConnected()) {
        delegate.close();
      }
      delegate.connect();
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public synchronized void send(String name, String value, long timestamp) {
    if (reportFailed) {
      return;
    }
    try {
      delegate.send(name, value, timestamp);
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  @Override
  public synchronized void flush() {
    if (reportFailed) {
      return;
    }
    try {
      delegate.flush();
    } catch (IOException | RuntimeException e) {
      fail(e);
      return;
    }
    if (down) {
      down = false;
      log.info("Graphite at {} is reachable again; reports are delivered", target);
    }
  }

  @Override
  public synchronized void close() {
    try {
      delegate.close();
    } catch (IOException | RuntimeException e) {
      log.debug("Closing the connection to Graphite at {} failed", target, e);
    }
  }

  @Override
  public synchronized boolean isConnected() {
    return delegate.isConnected();
  }

  @Override
  public synchronized int getFailures() {
    return delegate.getFailures();
  }

  private void fail(Exception e) {
    reportFailed = true;
    failures.inc();
    if (down) {
      log.debug("Graphite at {} is still unreachable: {}", target, e.toString());
    } else {
      down = true;
      log.warn(
          "Graphite at {} is unreachable ({}); reports are dropped and counted in {} until it is back",
          target,
          e.toString(),
          failuresName);
    }
  }

  @Override
  public String toString() {
    return "OutageTrackingGraphiteSender{" + target + "}";
  }
}
