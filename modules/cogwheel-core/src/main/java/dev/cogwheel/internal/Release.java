package dev.cogwheel.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Releases components one after another, in a given order, each within a time limit.
 *
 * <p>The releases run on a worker thread while the caller watches the clock, from the moment the
 * worker begins (a thread that is slow to be scheduled costs no component its time). A release that
 * runs past the limit is recorded as a {@link TimeoutException}, whatever its place in the order;
 * its worker is interrupted and abandoned — nothing it does afterwards is recorded or reported —
 * and a new worker goes on with the next component, so one hanging {@code @PreDestroy} cannot keep
 * the others from being released. One worker serves the whole order when nothing hangs: the run's
 * parked {@link StartThread} when it is free, so that a stop starts no thread.
 *
 * <p>Before returning, the release waits for the abandoned workers to end, each for at most the
 * limit again from its interrupt (as a start that ignores its interrupt is given): a release that
 * honours the interrupt has no thread left once the stop returns.
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

  // Guarded by this. A worker records only while the generation is its own.
  private int generation;
  private int current;
  private long currentBegin;
  private Thread worker;
  private boolean begun; // whether the worker has begun its first release: the clock runs
  private final List<Abandoned> abandoned = new ArrayList<>();

  /** A worker interrupted at its release's timeout, and until when it may take to end. */
  private record Abandoned(Thread thread, long deadlineNanos) {}

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

  private void run() {
    Thread last = awaitReleases();
    if (last != null) {
      ContainerThreads.joinUninterruptibly(last); // it reports the last component, then ends
    }
    for (Abandoned worker : abandoned) {
      ContainerThreads.joinUninterruptibly(worker.thread(), worker.deadlineNanos());
    }
  }

  /**
   * Watches the clock until every component is released or timed out; returns the worker that
   * released the last one, or null if that one timed out.
   */
  private synchronized Thread awaitReleases() {
    if (order.isEmpty()) {
      return null;
    }
    startWorker(0);
    boolean interrupted = false;
    while (current < order.size()) {
      // Until the worker runs, the clock does not: the time a thread takes to start is no
      // release's. The worker does not wake this thread when it begins (a wake-up costs as much as
      // a dozen releases); a wait that ends before it has begun just waits again.
      long remaining = begun ? currentBegin + timeoutNanos - System.nanoTime() : timeoutNanos;
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
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return worker;
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
    generation++; // from here on, nothing the hung worker does is recorded
    worker.interrupt();
    abandoned.add(new Abandoned(worker, System.nanoTime() + timeoutNanos));
    hung.stopped(currentBegin, worker.getName(), timeout);
    failures.put(hung, timeout);
    onStopped.accept(hung);
    if (current + 1 < order.size()) {
      startWorker(current + 1);
    } else {
      current = order.size();
      worker = null;
    }
  }

  private void startWorker(int from) {
    int workerGeneration = ++generation;
    current = from;
    begun = false;
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
        currentBegin = begin = System.nanoTime();
        begun = true;
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
        // Recorded: the clock now runs for the next component, so this one can no longer time out.
        current = i + 1;
        currentBegin = System.nanoTime();
        if (current == order.size()) {
          notifyAll();
        }
      }
      if (event != null) {
        event.commit(containerName, component, failure);
      }
      onStopped.accept(component);
    }
  }
}
