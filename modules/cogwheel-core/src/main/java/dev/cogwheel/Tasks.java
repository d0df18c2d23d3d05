package dev.cogwheel;

import java.time.Duration;
import java.util.concurrent.Future;

/**
 * Background work owned by the container, injectable into any component.
 *
 * <p>Work handed over while the container is {@link State#STARTING} — typically from a constructor
 * or a {@code @PostConstruct} method — is held, and begins only once the container is {@link
 * State#RUNNING}, that is once every eager singleton has started. A task can therefore use anything
 * its component injected without checking that it is ready.
 *
 * <p>At stop every task is cancelled (running ones are interrupted) and drained, bounded by the
 * container's stop timeout, before any {@code @PreDestroy} method runs. Work handed over once the
 * container is stopping or stopped is refused with {@link IllegalStateException}.
 *
 * <p>Tasks run on daemon threads named after the container and the task, for example {@code
 * bot-task-poll-reminders}. Implementations are thread-safe.
 */
public interface Tasks {

  /**
   * Runs {@code task} once, as soon as the container is running.
   *
   * <p>An exception thrown by the task is logged and completes the returned future exceptionally.
   *
   * @param name a short name for logs and the thread name, for example {@code "load-cache"}
   * @param task the work
   * @return a future that completes when the task has run; cancelling it cancels the task
   * @throws IllegalStateException if the container is stopping or stopped
   * @throws IllegalArgumentException if {@code name} is blank
   */
  Future<?> submit(String name, Runnable task);

  /**
   * Runs {@code task} repeatedly, {@code delay} after the end of each run, starting {@code
   * initialDelay} after the container is running (or after this call, if it already is).
   *
   * <p>A run that throws is logged with the task's name and the schedule continues.
   *
   * @param name a short name for logs and the thread name, for example {@code "poll-reminders"}
   * @param task the work
   * @param initialDelay the delay before the first run; zero or positive
   * @param delay the delay between the end of one run and the start of the next; positive
   * @return a future that is cancelled when the container stops; cancelling it ends the schedule
   * @throws IllegalStateException if the container is stopping or stopped
   * @throws IllegalArgumentException if {@code name} is blank or a delay is out of range
   */
  Future<?> scheduleWithFixedDelay(
      String name, Runnable task, Duration initialDelay, Duration delay);
}
