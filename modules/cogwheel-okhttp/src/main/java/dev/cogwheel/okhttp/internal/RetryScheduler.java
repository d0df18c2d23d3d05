package dev.cogwheel.okhttp.internal;

import dev.cogwheel.okhttp.Connector;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;

/**
 * Where the API clients' asynchronous retries wait out their backoff: the {@link Connector}'s timer
 * (one daemon thread, {@code <container>-okhttp-timer-<n>}), which the connector stops with itself.
 * Unscoped, so that it is no component of its own: it starts and stops nothing.
 */
public final class RetryScheduler {
  private final Connector connector;

  @Inject
  RetryScheduler(Connector connector) {
    this.connector = connector;
  }

  /**
   * Runs {@code task} once after {@code delay}.
   *
   * @throws RejectedExecutionException if the connector is stopped
   */
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return connector.schedule(task, delay);
  }

  @Override
  public String toString() {
    return "Retry scheduler on " + connector;
  }
}
