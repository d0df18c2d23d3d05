package dev.cogwheel.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Releases components one after another, in a given order, each within a time limit.
 *
 * <p>The releases run on a worker thread while the caller watches the clock. A release that runs
 * past the limit is recorded as a {@link TimeoutException}, its worker is interrupted and
 * abandoned, and a new worker goes on with the next component, so one hanging {@code @PreDestroy}
 * cannot keep the others from being released. One worker serves the whole order when nothing hangs:
 * the run's parked {@link StartThread} when it is free, so that a stop starts no thread.
 */
final class Release {
  private final List<ManagedComponent> order;
  private final long timeoutNanos;

  /**
   * How long an executor may take to terminate: most of the time limit, so that what stayed running
   * is reported by name.
   */
  private final Duration executorWait;

  private final ContainerThreads.Factory threads;
  private final StartThread standby;
  private final Consumer<ManagedComponent> onStopped;
  private final String containerName;
  private final Map<ManagedComponent, Throwable> failures = new LinkedHashMap<>();

  // Guarded by this.
  private int generation;
  private int current;
  private long currentBegin;
  private Thread worker;
  private boolean timedOutLast;

  private Release(
      List<ManagedComponent> order,
      Duration timeout,
      ContainerThreads.Factory threads,
      StartThread standby,
      Consumer<ManagedComponent> onStopped,
      String containerName) {
    this.containerName = containerName;
    this.order = order;
    this.timeoutNanos = timeout.toNanos();
    this.executorWait = Duration.ofNanos(timeoutNanos * 3 / 4);
    this.threads = threads;
    this.standby = standby;
    this.onStopped = onStopped;
  }

  /**
   * Releases each component of {@code order} that is not stopped yet, and calls {@code onStopped}
   * after each (on the worker thread, or on the caller's for a timeout). The first worker is {@code
   * standby} if it takes the work, else a new thread from {@code threads}. Whatever a release
   * throws — an exception, an error, any throwable — is its failure; the others are still released.
   *
   * @return the failures, by component, in stop order
   */
  static Map<ManagedComponent, Throwable> inOrder(
      List<ManagedComponent> order,
      Duration timeout,
      ContainerThreads.Factory threads,
      StartThread standby,
      Consumer<ManagedComponent> onStopped,
      String containerName) {
    Release release = new Release(order, timeout, threads, standby, onStopped, containerName);
    release.run();
    return release.failures;
  }

  private synchronized void run() {
    if (order.isEmpty()) {
      return;
    }
    startWorker(0);
    boolean interrupted = false;
    while (current < order.size()) {
      long remaining = currentBegin + timeoutNanos - System.nanoTime();
      if (remaining <= 0) {
        timeOut();
        continue;
      }
      try {
        wait(remaining / 1_000_000, (int) (remaining % 1_000_000));
      } catch (InterruptedException e) {
        interrupted = true; // a stop is not interrupted: every component gets its release
      }
    }
    if (worker.isAlive() && generation > 0 && !timedOutLast) {
      ContainerThreads.joinUninterruptibly(worker);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void timeOut() {
    ManagedComponent hung = order.get(current);
    TimeoutException timeout =
        new TimeoutException(
            "release of "
                + hung
                + " ("
                + hung.instance().getClass().getName()
                + ") did not complete within "
                + Duration.ofNanos(timeoutNanos).toMillis()
                + " ms; it was interrupted and abandoned");
    timeout.setStackTrace(worker.getStackTrace());
    worker.interrupt();
    hung.stopped(currentBegin, worker.getName(), timeout);
    failures.put(hung, timeout);
    onStopped.accept(hung);
    if (current + 1 < order.size()) {
      startWorker(current + 1);
    } else {
      timedOutLast = true;
      current = order.size();
    }
  }

  private void startWorker(int from) {
    int workerGeneration = ++generation;
    current = from;
    currentBegin = System.nanoTime();
    Runnable job = () -> work(workerGeneration, from);
    if (from == 0 && standby.handOff(job, threads.nextName())) {
      worker = standby.thread();
    } else {
      worker = threads.newThread(job);
      worker.start();
    }
  }

  private void work(int workerGeneration, int from) {
    for (int i = from; i < order.size(); i++) {
      ManagedComponent component = order.get(i);
      long begin;
      synchronized (this) {
        if (generation != workerGeneration) {
          return;
        }
        current = i;
        currentBegin = begin = System.nanoTime();
      }
      Throwable failure = null;
      ComponentStopEvent event = FlightRecording.beginStop();
      if (!component.isStopped()) {
        try {
          component.methods().release(component.instance(), executorWait);
        } catch (Throwable t) {
          failure = t;
        }
      }
      synchronized (this) {
        if (generation != workerGeneration) {
          return; // timed out meanwhile: already recorded
        }
        component.stopped(begin, Thread.currentThread().getName(), failure);
        if (failure != null) {
          failures.put(component, failure);
        }
      }
      if (event != null) {
        event.commit(containerName, component, failure);
      }
      onStopped.accept(component);
    }
    synchronized (this) {
      if (generation == workerGeneration) {
        current = order.size();
        notifyAll();
      }
    }
  }
}
