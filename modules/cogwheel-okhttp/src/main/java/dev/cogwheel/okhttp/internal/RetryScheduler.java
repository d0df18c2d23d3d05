package dev.cogwheel.okhttp.internal;

import dev.cogwheel.Container;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The timer of the API clients' asynchronous retries: after its backoff, the next attempt is
 * enqueued from here, so that no dispatcher thread sleeps. One daemon thread, {@code
 * <container>-okhttp-retry-<n>}, made on first use and ended after 10 s idle or at stop.
 */
public final class RetryScheduler {
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

  private final String name;
  private final OwnedThreads threads;
  private final ScheduledThreadPoolExecutor executor;

  @Inject
  RetryScheduler(Container container) {
    this.name = "Retry scheduler of container '" + container.name() + "'";
    this.threads = new OwnedThreads(container.threadFactory("okhttp-retry"), name);
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
   * @throws IllegalStateException if the thread has not ended within 5 s
   * @throws InterruptedException if the stopping thread is interrupted while waiting
   */
  @PreDestroy
  void stop() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(STOP_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
    List<String> alive = threads.join(STOP_TIMEOUT);
    if (!alive.isEmpty()) {
      throw new IllegalStateException(
          name + ": threads did not end within " + STOP_TIMEOUT.toMillis() + " ms: " + alive);
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
