package dev.cogwheel.internal;

import com.google.inject.Binder;
import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * Where a run learns that its injector has every binding and that Guice has begun to inject: Guice
 * performs static injection first, and the container requests this class's static injection in a
 * private module of its own that exposes nothing, ahead of the user's private modules. No element
 * of that module shows through the root injector's SPI; static injection adds no binding and is
 * heard by no type or provision listener, so the user's listeners see nothing of it either. The run
 * that is creating the injector on the current thread is the one told.
 */
public final class StartHook {
  private static final ThreadLocal<Runnable> WAITING = new ThreadLocal<>();

  private StartHook() {}

  /**
   * Requests the hook's static injection, and the lookup of the injector that {@code graph} is read
   * from, in a private module of their own that exposes nothing.
   */
  static void install(Binder binder, RunGraph graph) {
    Binder hidden =
        binder.withSource(StartHook.class).newPrivateBinder().withSource(StartHook.class);
    hidden.requestStaticInjection(StartHook.class);
    graph.lookup(hidden.getProvider(Injector.class));
  }

  /** Tells {@code run} when the injector that this thread is about to create is ready. */
  static void await(Runnable run) {
    WAITING.set(run);
  }

  /** Forgets the run waiting on this thread. */
  static void clear() {
    WAITING.remove();
  }

  @Inject
  static void injectorReady() {
    Runnable run = WAITING.get();
    if (run != null) {
      WAITING.remove();
      run.run();
    }
  }
}
