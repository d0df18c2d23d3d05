package dev.cogwheel.okhttp.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The timer of the API clients' asynchronous retries: after its backoff, the next attempt is
 * enqueued from here, so that no dispatcher thread sleeps. One daemon thread, {@code
 * <container>-okhttp-retry-<n>}, made on first use and ended after 10 s idle or at stop.
 *
 * <p>The {@code Connector} makes it and stops it with itself, as it does every other thread of the
 * HTTP stack: it is part of the connector, not a component of the container.
 */
public final class RetryScheduler {
  private final String name;
  private final OwnedThreads threads;
  private final ScheduledThreadPoolExecutor executor;

  /**
   * @param threads where its thread comes from: {@code container.threadFactory("okhttp-retry")}
   * @param containerName the container's name, for messages
   */
  public RetryScheduler(ThreadFactory threads, String containerName) {
    this.name = "Retry scheduler of container '" + containerName + "'";
    this.threads = new OwnedThreads(threads, name);
    this.executor =
        new ScheduledThreadPoolExecutor(
            1,
            threads,
            (task, pool) -> {
              throw new RejectedExecutionException(name + " is stopped");
            });
    executor.setRemoveOnCancelPolicy(true);
    executor.setKeepAliveTime(10, TimeUnit.SECONDS);
    executor.allowCoreThreadTimeOut(true);
  }

  /**
   * Runs {@code task} once after {@code delay}.
   *
   * @throws RejectedExecutionException if the scheduler is stopped
   */
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Drops every pending retry and ends the thread. The API clients, stopped first, have already
   * failed the calls those retries belonged to.
   *
   * @param timeout how long to wait for the thread to end
   * @throws IllegalStateException if the thread has not ended within {@code timeout}
   * @throws InterruptedException if the stopping thread is interrupted while waiting
   */
  public void stop(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    executor.shutdownNow();
    executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    List<String> alive = threads.join(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    if (!alive.isEmpty()) {
      throw new IllegalStateException(
          name + ": threads did not end within " + timeout.toMillis() + " ms: " + alive);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
