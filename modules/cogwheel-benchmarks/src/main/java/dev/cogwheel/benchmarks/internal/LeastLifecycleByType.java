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

/**
 * A diagnostic, not a lifecycle: {@link LeastLifecycle} with Guice told once per type rather than
 * asked on every provision. A type listener registers, for each class Guice constructs that has
 * lifecycle methods ({@link OwnLifecycleMethods}), an injection listener that calls its
 * {@code @PostConstruct} after injection and remembers the instance; a provision listener bound
 * only to provider-made singletons, whose instances Guice does not inject itself, does the same for
 * them. {@link #stop} calls the {@code @PreDestroy} methods in reverse. (An instance a provider
 * returns after Guice injected it would be started twice; the benchmarks' graphs have none.)
 *
 * <p>One instance per injector; not thread-safe: the injector is created on one thread and {@link
 * #stop} called after that thread has been joined.
 */
public final class LeastLifecycleByType implements Module, TypeListener, ProvisionListener {
  /** Singletons whose instance a provider makes: Guice injects no such instance itself. */
  private static final Matcher<Binding<?>> PROVIDED_SINGLETONS =
      binding ->
          (binding instanceof ProviderInstanceBinding || binding instanceof ProviderKeyBinding)
              && Scopes.isSingleton(binding);

  private final StartedInstances started = new StartedInstances();

  /**
   * Creates an injector of {@code module} with a new lifecycle on a new thread ({@link
   * GuiceOnAThread}), then stops the lifecycle on this one.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for the injector's thread
   * @throws RuntimeException what creating the injector or a lifecycle method threw
   */
  public static LeastLifecycleByType startAndStop(Module module) throws InterruptedException {
    LeastLifecycleByType lifecycle = new LeastLifecycleByType();
    GuiceOnAThread.createInjector(module, lifecycle);
    lifecycle.stop();
    return lifecycle;
  }

  @Override
  public void configure(Binder binder) {
    Binder own = binder.withSource(LeastLifecycleByType.class);
    own.bindListener(Matchers.any(), (TypeListener) this);
    own.bindListener(PROVIDED_SINGLETONS, (ProvisionListener) this);
  }

  @Override
  public <T> void onProvision(ProvisionInvocation<T> invocation) {
    T instance = invocation.provision();
    if (instance != null) {
      started.start(instance, OwnLifecycleMethods.of(instance.getClass()));
    }
  }

  @Override
  public <I> void hear(TypeLiteral<I> type, TypeEncounter<I> encounter) {
    OwnLifecycleMethods methods = OwnLifecycleMethods.of(type.getRawType());
    if (methods.isEmpty()) {
      return;
    }
    encounter.register((InjectionListener<I>) instance -> started.start(instance, methods));
  }

  /**
   * Calls the {@code @PreDestroy} methods of every instance started, the last started first.
   *
   * @throws IllegalStateException naming the method if one fails; the rest are not called
   */
  public void stop() {
    started.stop();
  }
}
