package dev.cogwheel.internal;

import dev.cogwheel.State;

/**
 * The state of a container, changed at one place only, by a transition the lifecycle allows: {@code
 * NEW}, {@code STOPPED} or {@code FAILED} to {@code STARTING}; {@code STARTING} to {@code RUNNING},
 * {@code FAILED} or (a stop during the start) {@code STOPPED}; {@code RUNNING} to {@code STOPPING};
 * {@code STOPPING} to {@code STOPPED}. Reads are lock-free.
 */
public final class LifecycleState {
  private volatile State state = State.NEW;

  /** The current state. */
  public State get() {
    return state;
  }

  /**
   * Moves to {@code next}.
   *
   * @throws IllegalStateException if the lifecycle does not go from the current state to {@code
   *     next}
   */
  public synchronized void move(State next) {
    if (!allowed(state, next)) {
      throw new IllegalStateException("a container cannot go from " + state + " to " + next);
    }
    state = next;
  }

  private static boolean allowed(State from, State to) {
    return switch (to) {
      case STARTING -> from == State.NEW || from == State.STOPPED || from == State.FAILED;
      case RUNNING, FAILED -> from == State.STARTING;
      case STOPPING -> from == State.RUNNING;
      case STOPPED -> from == State.STARTING || from == State.STOPPING;
      case NEW -> false;
    };
  }
}
