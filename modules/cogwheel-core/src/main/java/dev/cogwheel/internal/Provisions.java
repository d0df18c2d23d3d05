package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Key;
import com.google.inject.matcher.Matcher;
import com.google.inject.spi.ConstructorBinding;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.ProvisionListener;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provision listener of one run: refuses provisions once the start was cancelled or the run is
 * stopping, runs the {@code @PostConstruct} methods of what providers return, and records the
 * singletons that are created inside another component's start or lazily, after the start.
 */
final class Provisions implements ProvisionListener {
  private static final Logger log = LoggerFactory.getLogger(Provisions.class);

  /**
   * The bindings this listener hears: singletons, what provider bindings and {@code @Provides}
   * methods return, and unscoped classes that declare a {@code @PreDestroy} (to say it will never
   * run). Unscoped constructor bindings otherwise are the hot path and get no provision listener:
   * {@link PostConstructs} runs their {@code @PostConstruct}. Instance bindings are the user's, and
   * the container's own bindings ({@code Container}, {@code Tasks}) are never its components.
   */
  static Matcher<Binding<?>> matcher(Set<Key<?>> ownKeys) {
    return new Matcher<>() {
      @Override
      public boolean matches(Binding<?> binding) {
        if (binding instanceof InstanceBinding || ownKeys.contains(binding.getKey())) {
          return false;
        }
        if (binding instanceof ConstructorBinding && !Scoping.isSingleton(binding)) {
          Class<?> type =
              ((ConstructorBinding<?>) binding).getConstructor().getDeclaringType().getRawType();
          try {
            return LifecycleMethods.of(type).hasPreDestroy();
          } catch (InvalidLifecycleMethodException e) {
            return false; // reported by the type listener
          }
        }
        return true;
      }

      @Override
      public String toString() {
        return "singletons, provided instances and unscoped classes with @PreDestroy";
      }
    };
  }

  private final Run run;
  private final Set<Class<?>> warnedUnscopedTypes;

  Provisions(Run run, Set<Class<?>> warnedUnscopedTypes) {
    this.run = run;
    this.warnedUnscopedTypes = warnedUnscopedTypes;
  }

  @Override
  public <T> void onProvision(ProvisionInvocation<T> invocation) {
    Binding<T> binding = invocation.getBinding();
    BuildContext build = BuildContext.current();
    if (build != null && build.builds(binding)) {
      provisionBuilt(invocation, binding, build);
      return;
    }
    boolean singleton = Scoping.isSingleton(binding);
    run.gate().check(binding.getKey(), singleton);
    Frames.Frame frame = Frames.open(binding);
    ComponentStartEvent event = FlightRecording.beginStart();
    long begin = System.nanoTime();
    T instance;
    try {
      instance = invocation.provision();
    } catch (RuntimeException | Error e) {
      run.failures().recordInStart(binding.getKey(), e);
      throw e;
    } finally {
      Frames.close(frame);
    }
    if (instance == null) {
      return;
    }
    try {
      LifecycleMethods methods = LifecycleMethods.of(instance.getClass());
      initializeProvided(binding, instance, methods, frame);
      recordNested(binding, instance, methods, singleton, frame, build, begin, event);
    } catch (RuntimeException | Error e) {
      run.failures().recordInStart(binding.getKey(), e);
      throw e;
    }
  }

  /**
   * The provision of the node that the start is building on this thread, or of its link's target:
   * the start records and times the component itself. A constructor binding's instance is
   * initialised by the type listener, so only a provider's needs a frame.
   */
  private <T> void provisionBuilt(
      ProvisionInvocation<T> invocation, Binding<T> binding, BuildContext build) {
    run.gate().check(binding.getKey(), true);
    if (binding instanceof ConstructorBinding) {
      try {
        invocation.provision();
      } catch (RuntimeException | Error e) {
        run.failures().recordInStart(binding.getKey(), e);
        throw e;
      }
      return;
    }
    Frames.Frame frame = Frames.open(binding);
    try {
      T instance;
      try {
        instance = invocation.provision();
      } finally {
        Frames.close(frame);
        build.nestedNanos += frame.componentNanos;
      }
      if (instance != null) {
        initializeProvided(binding, instance, LifecycleMethods.of(instance.getClass()), frame);
      }
    } catch (RuntimeException | Error e) {
      run.failures().recordInStart(binding.getKey(), e);
      throw e;
    }
  }

  /**
   * Runs the {@code @PostConstruct} methods of what a provider returned, unless Guice constructed
   * it (the type listener's work), the user made and bound it, or it is a component already.
   */
  private void initializeProvided(
      Binding<?> binding, Object instance, LifecycleMethods methods, Frames.Frame frame) {
    if (methods.hasPostConstruct()
        && !(binding instanceof ConstructorBinding)
        && !(binding instanceof LinkedKeyBinding)
        && !frame.root().initialized(instance)
        && !run.graph().isUserObject(instance)
        && !run.record().contains(instance)) {
      PostConstructs.postConstruct(methods, instance, binding.getKey());
      frame.root().markInitialized(instance);
    }
  }

  /**
   * Records a singleton created inside another component's start or lazily, after the start, or the
   * linked singleton whose instance an unscoped provision made.
   */
  private void recordNested(
      Binding<?> binding,
      Object instance,
      LifecycleMethods methods,
      boolean singleton,
      Frames.Frame frame,
      BuildContext build,
      long begin,
      ComponentStartEvent event) {
    ComponentGraph graph = run.graph();
    Node node;
    if (singleton) {
      node = graph.nodeOf(binding);
      if (node == null) {
        node = graph.addLazy(binding);
      }
      if (node == null) {
        return; // no graph: the injector is not the container's
      }
    } else {
      if (run.record().contains(instance)) {
        return; // a component already, passed on by an unscoped binding
      }
      node = graph.exclusiveLinkTo(binding.getKey());
      if (node == null || node.component != null) {
        if (methods.hasPreDestroy()) {
          warnUnscoped(instance, binding);
        }
        return;
      }
    }
    long nanos = System.nanoTime() - begin;
    ManagedComponent component =
        run.record().record(node, instance, methods, begin, nanos - frame.componentNanos);
    if (component != null && event != null) {
      event.commit(run.name(), component);
    }
    Frames.Frame parent = frame.parent;
    if (parent != null) {
      parent.componentNanos += nanos;
    } else if (build != null) {
      build.nestedNanos += nanos;
    }
  }

  private void warnUnscoped(Object instance, Binding<?> binding) {
    if (warnedUnscopedTypes.add(instance.getClass())) {
      log.warn(
          "{} has a @PreDestroy method but {} is not a singleton: container '{}' keeps no reference to it and will never call it",
          instance.getClass().getName(),
          KeyNames.describe(binding.getKey()),
          run.name());
    }
  }

  /** Throws for a provision the run no longer allows. */
  static final class Gate {
    private final String containerName;
    private volatile boolean cancelled;
    private volatile boolean closed;

    Gate(String containerName) {
      this.containerName = containerName;
    }

    void cancel() {
      cancelled = true;
    }

    void close() {
      closed = true;
    }

    boolean cancelled() {
      return cancelled;
    }

    void check(Key<?> key, boolean singleton) {
      if (cancelled) {
        throw new CancellationException(
            "the start of container '"
                + containerName
                + "' was cancelled; "
                + KeyNames.describe(key)
                + " was not created");
      }
      if (singleton && closed) {
        throw new IllegalStateException(
            "container '"
                + containerName
                + "' is stopping or stopped; cannot create singleton "
                + KeyNames.describe(key));
      }
    }
  }
}
