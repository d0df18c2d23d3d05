package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Key;

/**
 * The node the start is building on the current thread, so that the provision listener can tell the
 * node's own provision (which the start records) from what is created inside it.
 */
final class BuildContext {
  private static final ThreadLocal<BuildContext> CURRENT = new ThreadLocal<>();

  final Node node;

  /** Time spent inside this build on components recorded on their own, in nanoseconds. */
  long nestedNanos;

  private BuildContext(Node node) {
    this.node = node;
  }

  /** Whether a provision of {@code binding} is the node's own: its key, or its link's target. */
  boolean builds(Binding<?> binding) {
    Key<?> key = binding.getKey();
    return key.equals(node.key) || key.equals(node.linkTarget);
  }

  static BuildContext enter(Node node) {
    BuildContext context = new BuildContext(node);
    CURRENT.set(context);
    return context;
  }

  static void exit() {
    CURRENT.remove();
  }

  /** The build in progress on this thread, or null. */
  static BuildContext current() {
    return CURRENT.get();
  }
}
