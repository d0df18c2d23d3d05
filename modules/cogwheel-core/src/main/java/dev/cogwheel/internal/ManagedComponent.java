package dev.cogwheel.internal;

import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One component of a run — an instance the container started — and what happened to it. */
public final class ManagedComponent {
  private final Node node;
  private final Object instance;
  private final LifecycleMethods methods;
  private final int startOrder;
  private final Span startSpan;
  private final long startNanos;
  private volatile long stopNanos = -1;
  private volatile Span stopSpan;
  private volatile Throwable stopFailure;

  ManagedComponent(
      Node node,
      Object instance,
      LifecycleMethods methods,
      int startOrder,
      Span startSpan,
      long startNanos) {
    this.node = node;
    this.instance = instance;
    this.methods = methods;
    this.startOrder = startOrder;
    this.startSpan = startSpan;
    this.startNanos = startNanos;
  }

  /** The key the component was bound under. */
  public Key<?> key() {
    return node.key;
  }

  /** The instance. */
  public Object instance() {
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

  /**
   * The components this one depends on, {@code Provider<T>} edges included, in start order: read
   * from the run's graph, so those created lazily appear once they exist.
   */
  public List<ManagedComponent> dependencies() {
    return componentsOf(node.dependencies, List.of());
  }

  /** What must be released after this component: its dependencies and what started first. */
  List<ManagedComponent> releasedAfter() {
    return componentsOf(node.dependencies, node.orderedAfter);
  }

  private List<ManagedComponent> componentsOf(List<Node> nodes, List<Node> more) {
    if (nodes.isEmpty() && more.isEmpty()) {
      return List.of();
    }
    List<ManagedComponent> found = new ArrayList<>(nodes.size() + more.size());
    for (List<Node> some : List.of(nodes, more)) {
      for (Node dependency : some) {
        ManagedComponent component = dependency.component;
        if (component != null && component != this && !found.contains(component)) {
          found.add(component);
        }
      }
    }
    found.sort(Comparator.comparingInt(ManagedComponent::startOrder));
    return found;
  }

  /**
   * Records the release, which began at {@code beginNanos} ({@link System#nanoTime()}) on {@code
   * thread}.
   */
  void stopped(long beginNanos, String thread, Throwable failure) {
    long nanos = System.nanoTime() - beginNanos;
    Instant end = Instant.now();
    this.stopFailure = failure;
    this.stopSpan = new Span(end.minusNanos(nanos), end, thread);
    this.stopNanos = nanos;
  }

  /**
   * A span that began at {@code beginNanos} ({@link System#nanoTime()}) and ends now, on this
   * thread.
   */
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
    List<ManagedComponent> resolved = dependencies();
    List<Key<?>> dependencyKeys = new ArrayList<>(resolved.size());
    for (ManagedComponent dependency : resolved) {
      dependencyKeys.add(dependency.key());
    }
    return new Component(
        node.key,
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
    return KeyNames.describe(node.key);
  }
}
