package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.spi.ConstructorBinding;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The provisions open on each thread, innermost last, so that an instance that several nested
 * provisions return (a provider passing on what Guice injected into it) is initialised once, and a
 * component's own start time leaves out the components started inside it.
 */
final class Frames {
  private static final ThreadLocal<Frame[]> OPEN = ThreadLocal.withInitial(() -> new Frame[1]);

  /**
   * How many frames that return what a provider provided are open on any thread. Every unscoped
   * provision asks for such a frame; while none is open anywhere the answer needs no thread-local
   * lookup, which is most of what that question costs.
   */
  private static final AtomicInteger RETURNING_PROVIDED = new AtomicInteger();

  private Frames() {}

  /** Opens a frame for {@code binding} on this thread. */
  static Frame open(Binding<?> binding) {
    Frame[] cell = OPEN.get();
    Frame frame = new Frame(cell, cell[0], binding);
    cell[0] = frame;
    if (frame.returnsProvided) {
      RETURNING_PROVIDED.incrementAndGet();
    }
    return frame;
  }

  /** Closes {@code frame}, the innermost one on this thread. */
  static void close(Frame frame) {
    frame.cell[0] = frame.parent;
    if (frame.returnsProvided) {
      RETURNING_PROVIDED.decrementAndGet();
    }
  }

  /**
   * The innermost frame open on this thread if it returns what a provider provided, or one around
   * it does; otherwise null.
   */
  static Frame innermostReturningProvided() {
    if (RETURNING_PROVIDED.get() == 0) {
      return null;
    }
    Frame innermost = OPEN.get()[0];
    return innermost != null && innermost.returnsProvided ? innermost : null;
  }

  /** One provision in progress on this thread. */
  static final class Frame {
    private final Frame[] cell;
    final Frame parent;
    final Binding<?> binding;

    /**
     * Whether this provision or one around it is a provider's, whose result the provision listener
     * initialises unless it was initialised inside: only then is an initialisation worth marking.
     */
    final boolean returnsProvided;

    long componentNanos;
    private Map<Object, Boolean> initialized;

    private Frame(Frame[] cell, Frame parent, Binding<?> binding) {
      this.cell = cell;
      this.parent = parent;
      this.binding = binding;
      this.returnsProvided =
          !(binding instanceof ConstructorBinding) || (parent != null && parent.returnsProvided);
    }

    Frame root() {
      Frame f = this;
      while (f.parent != null) {
        f = f.parent;
      }
      return f;
    }

    boolean initialized(Object instance) {
      return initialized != null && initialized.containsKey(instance);
    }

    void markInitialized(Object instance) {
      if (initialized == null) {
        initialized = new IdentityHashMap<>();
      }
      initialized.put(instance, Boolean.TRUE);
    }
  }
}
