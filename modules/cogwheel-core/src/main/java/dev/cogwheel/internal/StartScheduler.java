package dev.cogwheel.internal;

import com.google.inject.ConfigurationException;
import com.google.inject.Provider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ThreadFactory;

/**
 * Starts the units of a run in dependency order on up to {@code threads} threads: the calling
 * thread (the one creating the injector) and as many more of the run as there is work for. A unit
 * is built once every unit it waits for has started; among those free to start, the one Guice would
 * have created first goes first, so one thread starts them in Guice's own order. After a failure no
 * unit is handed out, and the threads finish what they are building.
 */
final class StartScheduler {
  /** A node being built, on which thread, since when ({@link System#nanoTime()}). */
  record InProgress(Node node, Thread thread, long sinceNanos) {}

  private final Run run;
  private final int threads;
  private final ThreadFactory threadFactory;
  private final PriorityQueue<StartUnits.Unit> ready =
      new PriorityQueue<>(Comparator.comparingInt((StartUnits.Unit unit) -> unit.order));
  private final Map<Thread, InProgress> inProgress = new LinkedHashMap<>(); // guarded by this
  private final int unitCount;
  private int running; // guarded by this

  StartScheduler(Run run, List<StartUnits.Unit> units, int threads, ThreadFactory threadFactory) {
    this.run = run;
    this.threads = threads;
    this.threadFactory = threadFactory;
    this.unitCount = units.size();
    for (StartUnits.Unit unit : units) {
      if (unit.waitingFor == 0) {
        ready.add(unit);
      }
    }
  }

  /**
   * Builds every unit, or stops handing them out at the first failure or cancellation; returns once
   * every thread it started has finished.
   *
   * @throws InterruptedException if the calling thread is interrupted while it waits for the others
   */
  void run() throws InterruptedException {
    run.failures().building(true);
    try {
      List<Thread> helpers = new ArrayList<>();
      for (int i = 1; i < Math.min(threads, unitCount); i++) {
        Thread helper = threadFactory.newThread(this::work);
        helpers.add(helper);
        helper.start();
      }
      work();
      for (Thread helper : helpers) {
        helper.join();
      }
    } finally {
      run.failures().building(false);
    }
  }

  /** What is being built now, oldest first. */
  synchronized List<InProgress> inProgress() {
    return List.copyOf(inProgress.values());
  }

  private void work() {
    Thread thread = Thread.currentThread();
    StartUnits.Unit unit;
    while ((unit = take(thread)) != null) {
      try {
        boolean built = true;
        for (int i = 0; i < unit.nodes.size() && built; i++) {
          Node node = unit.nodes.get(i);
          if (i > 0) {
            synchronized (this) {
              inProgress.put(thread, new InProgress(node, thread, System.nanoTime()));
            }
          }
          built = build(node);
        }
        if (built && unit.nodes.size() > 1) {
          CircularProxies.warn(run, unit.nodes);
        }
      } finally {
        done(unit, thread);
      }
    }
  }

  /**
   * The next unit free to start, noted as in progress on {@code thread}; null when none is left.
   */
  private synchronized StartUnits.Unit take(Thread thread) {
    while (true) {
      if (run.failures().failed() || run.gate().cancelled()) {
        return null;
      }
      StartUnits.Unit unit = ready.poll();
      if (unit != null) {
        running++;
        inProgress.put(thread, new InProgress(unit.nodes.get(0), thread, System.nanoTime()));
        return unit;
      }
      if (running == 0) {
        return null;
      }
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
  }

  private synchronized void done(StartUnits.Unit unit, Thread thread) {
    running--;
    inProgress.remove(thread);
    for (StartUnits.Unit dependent : unit.dependents) {
      if (--dependent.waitingFor == 0) {
        ready.add(dependent);
      }
    }
    if (threads > 1) {
      notifyAll(); // only helpers wait in take()
    }
  }

  /** Builds {@code node} on this thread; returns false if it failed. */
  private boolean build(Node node) {
    if (node.component != null) {
      return true;
    }
    long begin = System.nanoTime();
    BuildContext context = BuildContext.enter(node);
    ComponentStartEvent event = FlightRecording.beginStart();
    try {
      Object instance = provider(node).get();
      if (instance == null) {
        return true; // a provider may return null for a singleton: there is nothing to manage
      }
      LifecycleMethods methods = LifecycleMethods.of(instance.getClass());
      if (node.userObject) {
        PostConstructs.postConstruct(methods, instance, node.key);
      }
      ManagedComponent component =
          run.record()
              .record(
                  node, instance, methods, begin, System.nanoTime() - begin - context.nestedNanos);
      if (component != null && event != null) {
        event.commit(run.name(), component);
      }
      return true;
    } catch (RuntimeException | Error e) {
      run.failures().record(node.key, e);
      if (e instanceof RuntimeException) {
        run.failures().guice((RuntimeException) e);
      }
      return false;
    } finally {
      context.exit();
    }
  }

  /**
   * The provider of {@code node}'s binding, or, for a just-in-time singleton that Guice hands out
   * only through a link because explicit bindings are required, the provider of that link.
   */
  private static Provider<?> provider(Node node) {
    try {
      return node.binding.getProvider();
    } catch (ConfigurationException e) {
      if (node.linkedFrom == null) {
        throw e;
      }
      return node.linkedFrom.getProvider();
    }
  }
}
