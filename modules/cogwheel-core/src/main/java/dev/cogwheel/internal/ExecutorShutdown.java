package dev.cogwheel.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The release of a singleton {@link ExecutorService} (JDK 17's has no {@code close()}): {@code
 * shutdown()}, a wait for its tasks, then {@code shutdownNow()} for what stayed running.
 */
final class ExecutorShutdown {
  private ExecutorShutdown() {}

  /**
   * Shuts {@code executor} down, waiting at most {@code wait} for its tasks to end.
   *
   * @throws TimeoutException if tasks were still running after {@code wait}: they were interrupted
   *     and the queued ones dropped
   * @throws InterruptedException if interrupted while waiting
   */
  static void of(ExecutorService executor, Duration wait)
      throws InterruptedException, TimeoutException {
    executor.shutdown();
    if (executor.awaitTermination(wait.toNanos(), TimeUnit.NANOSECONDS)) {
      return;
    }
    List<Runnable> dropped = executor.shutdownNow();
    throw new TimeoutException(
        executor.getClass().getName()
            + " did not terminate within "
            + wait.toMillis()
            + " ms of shutdown(); shutdownNow() interrupted the tasks still running and dropped "
            + dropped.size()
            + " queued");
  }
}
