package dev.cogwheel.benchmarks.internal;

import com.google.inject.Binder;
import com.google.inject.Module;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.ProvisionListener;

/**
 * A diagnostic, not a lifecycle: the least one a user could write on plain Guice, as issue 25
 * describes it. One {@link ProvisionListener} bound to every binding; each class's own
 * {@code @PostConstruct} and {@code @PreDestroy} methods found once per class ({@link
 * OwnLifecycleMethods}); each provisioned instance's {@code @PostConstruct} called after {@code
 * provision()} returns it and the instance remembered in a list; {@link #stop} calling the
 * {@code @PreDestroy} methods in reverse order of that. Guice completes each dependency before its
 * dependent, so the reverse is a valid stop order.
 *
 * <p>What it leaves out is what a lifecycle container is for: superclasses and overrides, a
 * dependency graph ({@code Provider<T>} edges, reports), a failure that rolls back the start, stop
 * timeouts, events, threads. It measures what calling the lifecycle methods costs on Guice's own
 * hooks, so that the start + stop ratios can be read against what any lifecycle pays. {@link
 * LeastLifecycleByType} is the same with a type listener.
 *
 * <p>One instance per injector; not thread-safe: the injector is created on one thread and {@link
 * #stop} called after that thread has been joined.
 */
public final class LeastLifecycle implements Module, ProvisionListener {
  private final StartedInstances started = new StartedInstances();

  /**
   * Creates an injector of {@code module} with a new lifecycle on a new thread ({@link
   * GuiceOnAThread}), then stops the lifecycle on this one.
   *
   * @return the stopped lifecycle
   * @throws InterruptedException if interrupted while waiting for the injector's thread
   * @throws RuntimeException what creating the injector or a lifecycle method threw
   */
  public static LeastLifecycle startAndStop(Module module) throws InterruptedException {
    LeastLifecycle lifecycle = new LeastLifecycle();
    GuiceOnAThread.createInjector(module, lifecycle);
    lifecycle.stop();
    return lifecycle;
  }

  @Override
  public void configure(Binder binder) {
    binder.withSource(LeastLifecycle.class).bindListener(Matchers.any(), this);
  }

  @Override
  public <T> void onProvision(ProvisionInvocation<T> invocation) {
    T instance = invocation.provision();
    if (instance != null) {
      started.start(instance, OwnLifecycleMethods.of(instance.getClass()));
    }
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
