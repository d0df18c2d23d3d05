package dev.cogwheel.benchmarks.internal;

import dev.cogwheel.Container;

/**
 * The start + stop contenders of a graph benchmark that {@code LifecycleRounds} interleaves: a
 * Cogwheel container, the least lifecycle and the guarded floors, each checked to have started and
 * stopped the whole graph.
 */
public interface StartStopContenders {
  /**
   * A container of the graph, started and stopped.
   *
   * @return the stopped container
   */
  Container cogwheel();

  /**
   * The least lifecycle of the graph, started and stopped.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for its thread
   */
  LeastLifecycle leastLifecycle() throws InterruptedException;

  /**
   * The least lifecycle with a container's thread guarantees, its release as {@code release} says.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for its threads
   */
  LeastGuardedLifecycle leastGuardedLifecycle(LeastGuardedLifecycle.Release release)
      throws InterruptedException;
}
