package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One singleton the container created, and what happened to it. Mutated under the registry's lock or by the stop. */
public final class ManagedComponent {
  private final Key<?> key;
  private final Binding<?> binding;
  private final Object instance;
  private final LifecycleMethods methods;
  private final int startOrder;
  private final Span startSpan;
  private final long startNanos;
  private volatile List<ManagedComponent> dependencies = List.of();
  private volatile long stopNanos = -1;
  private volatile Span stopSpan;
  private volatile Throwable stopFailure;

  ManagedComponent(
      Key<?> key,
      Binding<?> binding,
      Object instance,
      LifecycleMethods methods,
      int startOrder,
      Span startSpan,
      long startNanos) {
    this.key = key;
    this.binding = binding;
    this.instance = instance;
    this.methods = methods;
    this.startOrder = startOrder;
    this.startSpan = startSpan;
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

  /** Records the release, which began at {@code beginNanos} ({@link System#nanoTime()}) on {@code thread}. */
  void stopped(long beginNanos, String thread, Throwable failure) {
    long nanos = System.nanoTime() - beginNanos;
    Instant end = Instant.now();
    this.stopFailure = failure;
    this.stopSpan = new Span(end.minusNanos(nanos), end, thread);
    this.stopNanos = nanos;
  }

  /** A span that began at {@code beginNanos} ({@link System#nanoTime()}) and ends now, on this thread. */
  static Span spanEndingNow(long beginNanos) {
    long nanos = System.nanoTime() - beginNanos;
    Instant end = Instant.now();
    return new Span(end.minusNanos(nanos), end, Thread.currentThread().getName());
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
    return new Component(
        key,
        instance.getClass(),
        startOrder,
        startSpan,
        Duration.ofNanos(startNanos),
        dependencyKeys,
        stopSpan,
        stopFailure);
  }

  @Override
  public String toString() {
    return KeyNames.describe(key);
  }
}
