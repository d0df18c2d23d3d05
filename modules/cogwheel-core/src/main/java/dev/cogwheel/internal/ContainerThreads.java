package dev.cogwheel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one run of a container, in a thread group of their own.
 *
 * <p>The start runs in the group, so a thread that a component starts from its
 * {@code @PostConstruct} belongs to it too, and {@link #alive()} can tell this run's threads from
 * every other thread in the JVM, in parallel test runs included.
 */
public final class ContainerThreads {
  private final String containerName;
  private final ThreadGroup group;

  /**
   * The group is a daemon group: it is destroyed when its last thread ends, which is at the end of
   * the run (the start thread lives until the release), so that the JVM keeps no group per run.
   */
  @SuppressWarnings("removal") // JDK 19 and later keep no reference to an empty group anyway
  public ContainerThreads(String containerName) {
    this.containerName = containerName;
    this.group = new ThreadGroup(containerName);
    group.setDaemon(true);
  }

  /** A factory of daemon threads in this run's group, named {@code <container>-<purpose>-<n>}. */
  public Factory factory(String purpose) {
    return new Factory(group, containerName + "-" + purpose + "-");
  }

  /** Makes the daemon threads of one purpose, numbered in one sequence. */
  public static final class Factory implements ThreadFactory {
    private final ThreadGroup group;
    private final String prefix;
    private final AtomicInteger count = new AtomicInteger();

    private Factory(ThreadGroup group, String prefix) {
      this.group = group;
      this.prefix = prefix;
    }

    /** The run's group, for a thread of this purpose made elsewhere. */
    ThreadGroup group() {
      return group;
    }

    /** The next name in the sequence, for a thread made elsewhere that takes on this purpose. */
    String nextName() {
      return prefix + count.incrementAndGet();
    }

    /** A daemon thread in the run's group, not started, with the next name. */
    @Override
    public Thread newThread(Runnable runnable) {
      Thread thread = new Thread(group, runnable, nextName());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** Whether {@code thread} belongs to this run. */
  public boolean owns(Thread thread) {
    for (ThreadGroup g = thread.getThreadGroup(); g != null; g = g.getParent()) {
      if (g == group) {
        return true;
      }
    }
    return false;
  }

  /** The threads of this run that are still alive. */
  public List<Thread> alive() {
    Thread[] threads = new Thread[Math.max(16, group.activeCount() * 2)];
    int n;
    while ((n = group.enumerate(threads, true)) == threads.length) {
      threads = new Thread[threads.length * 2];
    }
    List<Thread> alive = new ArrayList<>(Arrays.asList(threads).subList(0, n));
    alive.removeIf(t -> !t.isAlive());
    return alive;
  }

  /**
   * Waits for {@code thread} to end, however often the caller is interrupted meanwhile; the
   * caller's interrupt status is set again afterwards if it was.
   */
  static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits for {@code thread} to end until {@code deadlineNanos} ({@link System#nanoTime()}) at the
   * latest, however often the caller is interrupted meanwhile; the caller's interrupt status is set
   * again afterwards if it was.
   */
  static void joinUninterruptibly(Thread thread, long deadlineNanos) {
    boolean interrupted = false;
    long remaining;
    while (thread.isAlive() && (remaining = deadlineNanos - System.nanoTime()) > 0) {
      try {
        thread.join(remaining / 1_000_000, (int) (remaining % 1_000_000));
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The group's parent: where threads that must not count as this run's are made. */
  public ThreadGroup outside() {
    return group.getParent();
  }
}
