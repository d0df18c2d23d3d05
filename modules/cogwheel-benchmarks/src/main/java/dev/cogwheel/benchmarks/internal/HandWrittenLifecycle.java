package dev.cogwheel.benchmarks.internal;

import com.google.inject.Binder;
import com.google.inject.Binding;
import com.google.inject.Module;
import com.google.inject.Scopes;
import com.google.inject.TypeLiteral;
import com.google.inject.matcher.Matcher;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.InjectionListener;
import com.google.inject.spi.ProviderInstanceBinding;
import com.google.inject.spi.ProviderKeyBinding;
import com.google.inject.spi.ProvisionListener;
import com.google.inject.spi.TypeEncounter;
import com.google.inject.spi.TypeListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * A diagnostic, not a lifecycle: the least one a user could write on plain Guice. It finds each
 * class's own {@code @PostConstruct} and {@code @PreDestroy} methods once per class (a {@link
 * ClassValue}), calls the first on an instance Guice injected (a type listener) or a singleton
 * provider returned (a provision listener), and remembers the instance; {@link #stop} calls the
 * second in reverse order of that. Guice completes each dependency before its dependent, so the
 * reverse is a valid stop order. (An instance a provider returns after Guice injected it would be
 * started twice; the benchmarks' graphs have none.)
 *
 * <p>What it leaves out is what a lifecycle container is for: superclasses and overrides, a
 * dependency graph ({@code Provider<T>} edges, reports), a failure that rolls back the start, stop
 * timeouts, events, threads. It measures what calling the lifecycle methods costs on Guice's own
 * hooks, so that the start + stop ratios can be read against what any lifecycle pays.
 *
 * <p>One instance per injector; not thread-safe: the injector is created on one thread and {@link
 * #stop} called after that thread has been joined.
 */
public final class HandWrittenLifecycle implements Module, TypeListener, ProvisionListener {
  private static final ClassValue<Methods> METHODS =
      new ClassValue<>() {
        @Override
        protected Methods computeValue(Class<?> type) {
          return Methods.of(type);
        }
      };

  /** Singletons whose instance a provider makes: Guice injects no such instance itself. */
  private static final Matcher<Binding<?>> PROVIDED_SINGLETONS =
      binding ->
          (binding instanceof ProviderInstanceBinding || binding instanceof ProviderKeyBinding)
              && Scopes.isSingleton(binding);

  private final List<Object> started = new ArrayList<>();

  /**
   * Creates an injector of {@code module} with a new lifecycle on a new thread ({@link
   * GuiceOnAThread}), then stops the lifecycle on this one.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for the injector's thread
   * @throws RuntimeException what creating the injector or a lifecycle method threw
   */
  public static HandWrittenLifecycle startAndStop(Module module) throws InterruptedException {
    HandWrittenLifecycle lifecycle = new HandWrittenLifecycle();
    GuiceOnAThread.createInjector(module, lifecycle);
    lifecycle.stop();
    return lifecycle;
  }

  @Override
  public void configure(Binder binder) {
    Binder own = binder.withSource(HandWrittenLifecycle.class);
    own.bindListener(Matchers.any(), (TypeListener) this);
    own.bindListener(PROVIDED_SINGLETONS, (ProvisionListener) this);
  }

  @Override
  public <T> void onProvision(ProvisionInvocation<T> invocation) {
    T instance = invocation.provision();
    if (instance != null) {
      Methods methods = METHODS.get(instance.getClass());
      if (!methods.postConstruct.isEmpty() || !methods.preDestroy.isEmpty()) {
        invoke(methods.postConstruct, instance);
        started.add(instance);
      }
    }
  }

  @Override
  public <I> void hear(TypeLiteral<I> type, TypeEncounter<I> encounter) {
    Methods methods = METHODS.get(type.getRawType());
    if (methods.postConstruct.isEmpty() && methods.preDestroy.isEmpty()) {
      return;
    }
    encounter.register(
        (InjectionListener<I>)
            instance -> {
              invoke(methods.postConstruct, instance);
              started.add(instance);
            });
  }

  /**
   * Calls the {@code @PreDestroy} methods of every instance started, the last started first.
   *
   * @throws IllegalStateException naming the method if one fails; the rest are not called
   */
  public void stop() {
    for (int i = started.size() - 1; i >= 0; i--) {
      Object instance = started.get(i);
      invoke(METHODS.get(instance.getClass()).preDestroy, instance);
    }
    started.clear();
  }

  private static void invoke(List<Method> methods, Object instance) {
    for (Method method : methods) {
      try {
        method.invoke(instance);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(method + " failed: " + e, e);
      }
    }
  }

  /** One class's own lifecycle methods. */
  private record Methods(List<Method> postConstruct, List<Method> preDestroy) {
    static Methods of(Class<?> type) {
      List<Method> postConstruct = new ArrayList<>();
      List<Method> preDestroy = new ArrayList<>();
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(PostConstruct.class) && method.trySetAccessible()) {
          postConstruct.add(method);
        }
        if (method.isAnnotationPresent(PreDestroy.class) && method.trySetAccessible()) {
          preDestroy.add(method);
        }
      }
      return new Methods(List.copyOf(postConstruct), List.copyOf(preDestroy));
    }
  }
}
