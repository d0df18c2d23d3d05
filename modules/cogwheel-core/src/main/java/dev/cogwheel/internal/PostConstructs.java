package dev.cogwheel.internal;

import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.InjectionListener;
import com.google.inject.spi.TypeEncounter;
import com.google.inject.spi.TypeListener;

/**
 * Runs the {@code @PostConstruct} methods of every instance Guice constructs or injects, right
 * after its injection, once per instance: an injection listener per type that has them. Objects the
 * user made and bound are left alone. A lifecycle method that breaks the rules is a configuration
 * error.
 */
final class PostConstructs implements TypeListener {
  private final Run run;

  PostConstructs(Run run) {
    this.run = run;
  }

  @Override
  public <I> void hear(TypeLiteral<I> type, TypeEncounter<I> encounter) {
    LifecycleMethods methods;
    try {
      methods = LifecycleMethods.of(type.getRawType());
    } catch (InvalidLifecycleMethodException e) {
      run.failures().record(Key.get(type), e);
      encounter.addError(e.getMessage());
      return;
    }
    if (methods.hasPostConstruct()) {
      encounter.register(new Initializer<I>(methods));
    }
  }

  /** Runs one type's {@code @PostConstruct} methods after Guice injects an instance of it. */
  private final class Initializer<I> implements InjectionListener<I> {
    private final LifecycleMethods methods;

    Initializer(LifecycleMethods methods) {
      this.methods = methods;
    }

    @Override
    public void afterInjection(I instance) {
      initialize(methods, instance);
    }

    @Override
    public String toString() {
      return "Cogwheel @PostConstruct";
    }
  }

  private void initialize(LifecycleMethods methods, Object instance) {
    if (run.graph().isUserObject(instance)) {
      return;
    }
    try {
      postConstruct(methods, instance, null);
    } catch (RuntimeException | Error e) {
      run.failures().recordInStart(Key.get(instance.getClass()), e);
      throw e;
    }
    Frames.Frame open = Frames.innermostReturningProvided();
    if (open != null) {
      open.root().markInitialized(instance); // a provider above may return it: not twice
    }
  }

  /**
   * Runs the {@code @PostConstruct} methods, wrapping a checked or runtime exception in one that
   * names the class and, when known, the key it was bound under.
   */
  static void postConstruct(LifecycleMethods methods, Object instance, Key<?> key) {
    try {
      methods.postConstruct(instance);
    } catch (Exception e) {
      String boundAs = key == null ? "" : " (bound as " + KeyNames.describe(key) + ")";
      throw new ComponentStartException(
          "@PostConstruct of " + instance.getClass().getName() + boundAs + " failed: " + e, e);
    }
  }

  @Override
  public String toString() {
    return "Cogwheel @PostConstruct";
  }
}
