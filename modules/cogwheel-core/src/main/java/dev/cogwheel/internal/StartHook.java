package dev.cogwheel.internal;

import com.google.inject.Inject;
import com.google.inject.Injector;
import java.util.function.Consumer;

/**
 * Where a run learns that its injector has every binding and has not injected or created anything
 * yet: Guice performs static injection first, and the container's module requests this class's
 * static injection before any of the user's. Static injection adds no binding and is heard by no
 * type or provision listener, so the user's listeners see nothing of it. The run that is creating
 * the injector on the current thread is the one told.
 */
public final class StartHook {
  private static final ThreadLocal<Consumer<Injector>> WAITING = new ThreadLocal<>();

  private StartHook() {}

  /** Tells {@code run} when the injector that this thread is about to create is ready. */
  static void await(Consumer<Injector> run) {
    WAITING.set(run);
  }

  /** Forgets the run waiting on this thread. */
  static void clear() {
    WAITING.remove();
  }

  @Inject
  static void injectorReady(Injector injector) {
    Consumer<Injector> run = WAITING.get();
    if (run != null) {
      WAITING.remove();
      run.accept(injector);
    }
  }
}
