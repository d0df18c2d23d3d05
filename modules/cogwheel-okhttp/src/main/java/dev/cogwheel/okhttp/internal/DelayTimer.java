package dev.cogwheel.okhttp.internal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread that runs tasks after a delay: made on first use, ended after 10 s idle or when
 * its owner stops it. The {@code Connector} owns one, on which the API clients' asynchronous
 * retries wait out their backoff, so that no dispatcher thread sleeps. Thread-safe.
 */
public final class DelayTimer {
  private final String name;
  private final OwnedThreads threads;
  private final ScheduledThreadPoolExecutor executor;

  /**
   * @param threads where its thread comes from
   * @param name what the timer is, for messages: {@code "Timer of ..."}
   */
  public DelayTimer(ThreadFactory threads, String name) {
    this.name = Objects.requireNonNull(name, "name");
    this.threads = new OwnedThreads(threads, name);
    this.executor =
        new ScheduledThreadPoolExecutor(
            1,
            this.threads,
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
   * @throws RejectedExecutionException if the timer is stopped
   */
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Drops every pending task and ends the thread.
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
