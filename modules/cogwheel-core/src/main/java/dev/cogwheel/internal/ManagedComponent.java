package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Key;
import dev.cogwheel.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One singleton the container created, and what happened to it. Mutated under the registry's lock
 * or by the stop.
 */
public final class ManagedComponent {
  private final Key<?> key;
  private final Binding<?> binding;
  private final Object instance;
  private final LifecycleMethods methods;
  private final int startOrder;
  private final Instant startedAt;
  private final long startNanos;
  private volatile List<ManagedComponent> dependencies = List.of();
  private volatile long stopNanos = -1;
  private volatile Throwable stopFailure;

  ManagedComponent(
      Key<?> key,
      Binding<?> binding,
      Object instance,
      LifecycleMethods methods,
      int startOrder,
      Instant startedAt,
      long startNanos) {
    this.key = key;
    this.binding = binding;
    this.instance = instance;
    this.methods = methods;
    this.startOrder = startOrder;
    this.startedAt = startedAt;
    this.startNanos = startNanos;
  }

  public Key<?> key() {
    return key;
  }

  Binding<?> binding() {
    return binding;
  }

  Object instance() {
    return instance;
  }

  LifecycleMethods methods() {
    return methods;
  }

  public int startOrder() {
    return startOrder;
  }

  /** How long its own start took, in nanoseconds. */
  long startNanos() {
    return startNanos;
  }

  /** How long its release took, in nanoseconds, or a negative number if it has not stopped. */
  long stopNanos() {
    return stopNanos;
  }

  /** Why its release failed, or {@code null}. */
  Throwable stopFailure() {
    return stopFailure;
  }

  public List<ManagedComponent> dependencies() {
    return dependencies;
  }

  void dependencies(List<ManagedComponent> dependencies) {
    this.dependencies = dependencies;
  }

  void stopped(long nanos, Throwable failure) {
    this.stopFailure = failure;
    this.stopNanos = nanos;
  }

  boolean isStopped() {
    return stopNanos >= 0;
  }

  /** An immutable snapshot for the public API. */
  public Component snapshot() {
    List<ManagedComponent> resolved = dependencies;
    List<Key<?>> dependencyKeys = new ArrayList<>(resolved.size());
    for (ManagedComponent dependency : resolved) {
      dependencyKeys.add(dependency.key());
    }
    long stop = stopNanos;
    return new Component(
        key,
        instance.getClass(),
        startOrder,
        startedAt,
        Duration.ofNanos(startNanos),
        dependencyKeys,
        stop < 0 ? null : Duration.ofNanos(stop),
        stopFailure);
  }

  @Override
  public String toString() {
    return KeyNames.describe(key);
  }
}
