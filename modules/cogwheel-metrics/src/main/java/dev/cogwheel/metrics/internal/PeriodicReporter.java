package dev.cogwheel.metrics.internal;

import com.codahale.metrics.ScheduledReporter;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Dropwizard {@link ScheduledReporter} run on an executor of the container's threads, with a
 * final report that is the last one.
 *
 * <p>{@link ScheduledReporter#stop()} reports once more, but a periodic report that is running at
 * that moment may finish after it. {@link #stop()} therefore first lets a running periodic report
 * finish and cancels the schedule, then lets the reporter make its final report and shut the
 * executor down.
 */
final class PeriodicReporter implements ManagedReporter {
  private static final Logger log = LoggerFactory.getLogger(PeriodicReporter.class);

  private final String kind;
  private final ScheduledReporter reporter;
  private final ScheduledExecutorService executor;
  private final Duration period;
  private final Duration drainTimeout;

  /**
   * @param reporter a reporter built with {@code scheduleOn(executor)} and {@code
   *     shutdownExecutorOnStop(true)}
   * @param drainTimeout how long a periodic report that is running at stop may take to finish
   */
  PeriodicReporter(
      String kind,
      ScheduledReporter reporter,
      ScheduledExecutorService executor,
      Duration period,
      Duration drainTimeout) {
    this.kind = kind;
    this.reporter = reporter;
    this.executor = executor;
    this.period = period;
    this.drainTimeout = drainTimeout;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public void start() {
    reporter.start(period.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void stop() {
    executor.shutdown();
    try {
      if (!executor.awaitTermination(drainTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        log.warn(
            "The {} reporter's periodic report did not end within {} ms; interrupting it",
            kind,
            drainTimeout.toMillis());
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    reporter.stop();
  }

  @Override
  public String toString() {
    return "PeriodicReporter{" + kind + ", every " + period.toMillis() + " ms}";
  }
}
