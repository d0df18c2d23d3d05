package dev.cogwheel.benchmarks.internal;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.Stage;
import java.time.Duration;

/**
 * A diagnostic, not a lifecycle: {@link LeastLifecycle} with the two thread guarantees a container
 * gives beyond calling the lifecycle methods, and nothing else. The injector is created on a new
 * thread in a thread group of its own, so that a thread a component starts can be told apart from
 * every other thread of the JVM (what a leak check needs); the stop runs the {@code @PreDestroy}
 * methods on another thread while the caller waits at most a time limit, so that a hanging one
 * cannot hang the stop. Two ways of getting that other thread:
 *
 * <ul>
 *   <li>{@link Release#PARKED_START_THREAD}: the start thread stays parked after the start and is
 *       handed the stop (Cogwheel's way: a stop starts no thread);
 *   <li>{@link Release#NEW_THREAD}: the start thread ends with the start and the stop starts a
 *       thread of its own.
 * </ul>
 *
 * <p>What it costs over {@link LeastLifecycle} is the floor of those guarantees: the thread group,
 * the hand-offs and the waits. Not thread-safe: one caller starts and stops it.
 */
public final class LeastGuardedLifecycle {
  /** Where the release runs. */
  public enum Release {
    PARKED_START_THREAD,
    NEW_THREAD
  }

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  /** The lifecycle itself: its provision listener starts, its {@code stop} releases. */
  private final LeastLifecycle lifecycle = new LeastLifecycle();

  private final Release release;
  private final ThreadGroup group = new ThreadGroup("least-guarded");

  // Guarded by this.
  private boolean startEnded;
  private Runnable job;
  private boolean released;
  private RuntimeException failure;

  /**
   * With the release on the parked start thread the group is a daemon group, destroyed when its
   * last thread ends, as Cogwheel's is; a new stop thread needs the group to outlive the start
   * thread, so that one is destroyed by hand once both ended.
   */
  @SuppressWarnings("removal") // JDK 19 and later keep no reference to an empty group anyway
  private LeastGuardedLifecycle(Release release) {
    this.release = release;
    group.setDaemon(release == Release.PARKED_START_THREAD);
  }

  /**
   * Creates an injector of {@code module} with a new lifecycle on a new thread of a new group, then
   * stops the lifecycle, its releases run as {@code release} says.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting
   * @throws IllegalStateException if the start or a release failed, or the stop timed out
   */
  public static LeastGuardedLifecycle startAndStop(Module module, Release release)
      throws InterruptedException {
    LeastGuardedLifecycle lifecycle = new LeastGuardedLifecycle(release);
    Thread starter = new Thread(lifecycle.group, () -> lifecycle.startThenServe(module), "start");
    starter.setDaemon(true);
    starter.start();
    lifecycle.awaitStart();
    Thread releaser = lifecycle.stop(starter);
    releaser.join();
    starter.join();
    if (release == Release.NEW_THREAD) {
      destroy(lifecycle.group);
    }
    return lifecycle;
  }

  @SuppressWarnings("removal")
  private static void destroy(ThreadGroup group) {
    group.destroy();
  }

  private void startThenServe(Module module) {
    try {
      Guice.createInjector(Stage.PRODUCTION, module, lifecycle);
    } catch (RuntimeException e) {
      failure = e;
    }
    Runnable handedOver;
    synchronized (this) {
      startEnded = true;
      notifyAll();
      if (release == Release.NEW_THREAD) {
        return;
      }
      while (job == null) {
        try {
          wait();
        } catch (InterruptedException e) {
          return;
        }
      }
      handedOver = job;
    }
    handedOver.run();
  }

  private synchronized void awaitStart() throws InterruptedException {
    while (!startEnded) {
      wait();
    }
    if (failure != null) {
      throw new IllegalStateException("the start failed", failure);
    }
  }

  /**
   * Hands the releases over ({@code starter} if it is parked) and waits for them, at most the time
   * limit; returns the thread that ran them.
   */
  private Thread stop(Thread starter) throws InterruptedException {
    Runnable releases =
        () -> {
          lifecycle.stop();
          synchronized (this) {
            released = true;
            notifyAll();
          }
        };
    Thread releaser;
    synchronized (this) {
      if (release == Release.PARKED_START_THREAD) {
        releaser = starter;
        job = releases;
        notifyAll();
      } else {
        releaser = new Thread(group, releases, "stop");
        releaser.setDaemon(true);
        releaser.start();
      }
      long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
      long remaining;
      while (!released && (remaining = deadline - System.nanoTime()) > 0) {
        wait(remaining / 1_000_000, (int) (remaining % 1_000_000));
      }
      if (!released) {
        throw new IllegalStateException("the releases did not end within " + STOP_TIMEOUT);
      }
    }
    return releaser;
  }
}
