package dev.cogwheel.internal;

import dev.cogwheel.Tasks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Tasks} of one run of a container: holds work until the container is running, runs it
 * on a scheduled pool, and cancels and drains it at stop.
 */
public final class TaskExecutor implements Tasks {
  private static final Logger log = LoggerFactory.getLogger(TaskExecutor.class);

  private enum Phase {
    HOLDING,
    OPEN,
    CLOSED
  }

  private final String containerName;
  private final ScheduledThreadPoolExecutor executor;
  private final List<Runnable> held = new ArrayList<>();
  private final Set<String> running = ConcurrentHashMap.newKeySet();

  /** One-off tasks not done yet: cancelled at shutdown, so no caller waits on them forever. */
  private final Set<Future<?>> pending = ConcurrentHashMap.newKeySet();

  private Phase phase = Phase.HOLDING; // guarded by this

  public TaskExecutor(String containerName, int threads, ThreadFactory threadFactory) {
    this.containerName = containerName;
    this.executor = new ScheduledThreadPoolExecutor(threads, threadFactory);
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
  }

  @Override
  public Future<?> submit(String name, Runnable task) {
    checkName(name);
    Objects.requireNonNull(task, "task");
    FutureTask<Void> future =
        new FutureTask<>(() -> runOnce(name, task), null) {
          @Override
          protected void done() {
            pending.remove(this);
          }
        };
    synchronized (this) {
      checkOpen(name);
      pending.add(future);
      if (phase == Phase.HOLDING) {
        held.add(() -> executor.execute(future));
      } else {
        executor.execute(future);
      }
    }
    return future;
  }

  @Override
  public Future<?> scheduleWithFixedDelay(
      String name, Runnable task, Duration initialDelay, Duration delay) {
    checkName(name);
    Objects.requireNonNull(task, "task");
    if (initialDelay.isNegative()) {
      throw new IllegalArgumentException(
          "initialDelay of task '" + name + "' must not be negative: " + initialDelay);
    }
    if (delay.isNegative() || delay.isZero()) {
      throw new IllegalArgumentException("delay of task '" + name + "' must be positive: " + delay);
    }
    PeriodicTask periodic = new PeriodicTask(name, task, initialDelay, delay);
    synchronized (this) {
      checkOpen(name);
      if (phase == Phase.HOLDING) {
        held.add(periodic::schedule);
      } else {
        periodic.schedule();
      }
    }
    return periodic;
  }

  /** Starts the held work: the container is running. */
  public synchronized void open() {
    if (phase != Phase.HOLDING) {
      return;
    }
    phase = Phase.OPEN;
    held.forEach(Runnable::run);
    held.clear();
  }

  /**
   * Refuses new work, cancels every task (interrupting those running) and waits for them to end.
   *
   * @throws TimeoutException if a task is still running after {@code timeout}
   */
  public void shutdown(Duration timeout) throws TimeoutException {
    synchronized (this) {
      phase = Phase.CLOSED;
      held.clear();
    }
    for (Runnable queued : executor.shutdownNow()) {
      if (queued instanceof Future) {
        ((Future<?>) queued).cancel(false);
      }
    }
    pending.forEach(future -> future.cancel(false));
    boolean terminated;
    try {
      terminated = executor.awaitTermination(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      terminated = executor.isTerminated();
    }
    if (!terminated) {
      throw new TimeoutException(
          "tasks of container '"
              + containerName
              + "' still running "
              + timeout.toMillis()
              + " ms after they were cancelled: "
              + running);
    }
  }

  /** Drops the held work and refuses new work: the start failed, so nothing ever ran. */
  public void discard() {
    synchronized (this) {
      phase = Phase.CLOSED;
      held.clear();
    }
    executor.shutdownNow();
    pending.forEach(future -> future.cancel(false));
  }

  private void checkOpen(String name) {
    if (phase == Phase.CLOSED) {
      throw new IllegalStateException(
          "container '"
              + containerName
              + "' is stopping or stopped; task '"
              + name
              + "' was refused");
    }
  }

  private static void checkName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a task needs a name, got '" + name + "'");
    }
  }

  private void runOnce(String name, Runnable task) {
    Thread thread = Thread.currentThread();
    String idleName = thread.getName();
    thread.setName(containerName + "-task-" + name);
    running.add(name);
    try {
      task.run();
    } catch (RuntimeException | Error e) {
      if (!isClosed()) {
        log.error("Task '{}' of container '{}' failed", name, containerName, e);
      }
      throw e;
    } finally {
      running.remove(name);
      thread.setName(idleName);
    }
  }

  private synchronized boolean isClosed() {
    return phase == Phase.CLOSED;
  }

  /** A fixed-delay schedule whose handle exists before the schedule does. */
  private final class PeriodicTask implements Future<Object> {
    private final String name;
    private final Runnable task;
    private final Duration initialDelay;
    private final Duration delay;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private ScheduledFuture<?> scheduled; // guarded by this

    PeriodicTask(String name, Runnable task, Duration initialDelay, Duration delay) {
      this.name = name;
      this.task = task;
      this.initialDelay = initialDelay;
      this.delay = delay;
    }

    synchronized void schedule() {
      if (cancelled.getCount() == 0) {
        return;
      }
      scheduled =
          executor.scheduleWithFixedDelay(
              this::runOnceKeepingSchedule,
              initialDelay.toNanos(),
              delay.toNanos(),
              TimeUnit.NANOSECONDS);
    }

    private void runOnceKeepingSchedule() {
      try {
        runOnce(name, task);
      } catch (VirtualMachineError e) {
        throw e;
      } catch (RuntimeException | Error e) {
        // logged by runOnce; the schedule goes on
      }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      synchronized (this) {
        if (cancelled.getCount() == 0) {
          return false;
        }
        cancelled.countDown();
        if (scheduled != null) {
          scheduled.cancel(mayInterruptIfRunning);
        }
      }
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled.getCount() == 0 || isScheduleCancelled();
    }

    private synchronized boolean isScheduleCancelled() {
      return scheduled != null && scheduled.isCancelled();
    }

    @Override
    public boolean isDone() {
      return isCancelled() || executor.isShutdown();
    }

    @Override
    public Object get() throws InterruptedException {
      while (!isDone()) {
        cancelled.await(100, TimeUnit.MILLISECONDS);
      }
      throw new java.util.concurrent.CancellationException("periodic task '" + name + "' ended");
    }

    @Override
    public Object get(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
      long deadline = System.nanoTime() + unit.toNanos(timeout);
      while (!isDone()) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          throw new TimeoutException("periodic task '" + name + "' is still scheduled");
        }
        cancelled.await(
            Math.min(remaining, TimeUnit.MILLISECONDS.toNanos(100)), TimeUnit.NANOSECONDS);
      }
      throw new java.util.concurrent.CancellationException("periodic task '" + name + "' ended");
    }

    @Override
    public String toString() {
      return "PeriodicTask[" + name + " every " + delay + "]";
    }
  }
}
