package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Key;

/**
 * The node the start is building on the current thread, so that the provision listener can tell the
 * node's own provision (which the start records) from what is created inside it.
 */
final class BuildContext {
  /**
   * A cell per thread rather than a value set and removed per build: a build is one of the start's
   * steps per component, and removing a thread-local costs more than the cell's one lookup.
   */
  private static final ThreadLocal<BuildContext[]> CURRENT =
      ThreadLocal.withInitial(() -> new BuildContext[1]);

  private final BuildContext[] cell;

  final Node node;

  /** Time spent inside this build on components recorded on their own, in nanoseconds. */
  long nestedNanos;

  private BuildContext(BuildContext[] cell, Node node) {
    this.cell = cell;
    this.node = node;
  }

  /** Whether a provision of {@code binding} is the node's own: its key, or its link's target. */
  boolean builds(Binding<?> binding) {
    Key<?> key = binding.getKey();
    return key.equals(node.key) || key.equals(node.linkTarget);
  }

  /** Starts building {@code node} on this thread. */
  static BuildContext enter(Node node) {
    BuildContext[] cell = CURRENT.get();
    BuildContext context = new BuildContext(cell, node);
    cell[0] = context;
    return context;
  }

  /** Ends this build: its thread builds nothing until the next {@link #enter}. */
  void exit() {
    cell[0] = null;
  }

  /** The build in progress on this thread, or null. */
  static BuildContext current() {
    return CURRENT.get()[0];
  }
}
