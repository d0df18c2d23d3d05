package dev.cogwheel.benchmarks.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the {@link Node}s of one graph that have run their {@code @PostConstruct} and their
 * {@code @PreDestroy}, so that a benchmark can prove, at the cost of two reads per operation, that
 * the lifecycle it measured really ran for every node.
 *
 * <p>Thread-safe: containers may run the lifecycle methods on threads of their own.
 */
public final class Census {
  private final AtomicInteger started = new AtomicInteger();
  private final AtomicInteger stopped = new AtomicInteger();

  void started() {
    started.incrementAndGet();
  }

  void stopped() {
    stopped.incrementAndGet();
  }

  /** How many nodes have run their {@code @PostConstruct} since the last {@link #reset()}. */
  public int startedCount() {
    return started.get();
  }

  /** How many nodes have run their {@code @PreDestroy} since the last {@link #reset()}. */
  public int stoppedCount() {
    return stopped.get();
  }

  /** Sets both counts to zero. */
  public void reset() {
    started.set(0);
    stopped.set(0);
  }

  /**
   * Checks that exactly {@code size} nodes started, and none stopped, since the last {@link
   * #reset()}.
   *
   * @throws IllegalStateException naming both counts if they differ
   */
  public void verifyStarted(int size) {
    int s = started.get();
    int t = stopped.get();
    if (s != size || t != 0) {
      throw new IllegalStateException(
          "expected "
              + size
              + " nodes started and none stopped, but "
              + s
              + " started and "
              + t
              + " stopped");
    }
  }

  /**
   * Checks that exactly {@code size} nodes started and {@code size} nodes stopped since the last
   * {@link #reset()}.
   *
   * @throws IllegalStateException naming both counts if either differs from {@code size}
   */
  public void verifyFullCycle(int size) {
    int s = started.get();
    int t = stopped.get();
    if (s != size || t != size) {
      throw new IllegalStateException(
          "expected "
              + size
              + " nodes started and stopped, but "
              + s
              + " started and "
              + t
              + " stopped");
    }
  }
}
