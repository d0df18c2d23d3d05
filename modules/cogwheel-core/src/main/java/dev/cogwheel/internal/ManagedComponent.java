package dev.cogwheel.internal;

import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One component of a run — an instance the container started — and what happened to it. */
public final class ManagedComponent {
  private final Node node;
  private final Object instance;
  private final LifecycleMethods methods;
  private final int startOrder;
  private final Timebase time;
  private final long startBegin;
  private final long startEnd;
  private final String startThread;
  private final long startNanos;
  private long stopBegin; // published by the volatile stopNanos
  private String stopThread; // published by the volatile stopNanos
  private Throwable stopFailure; // published by the volatile stopNanos
  private volatile long stopNanos = -1;

  /**
   * A component whose start began at {@code beginNanos} ({@link System#nanoTime()}) and ends now,
   * on this thread.
   */
  ManagedComponent(
      Node node,
      Object instance,
      LifecycleMethods methods,
      int startOrder,
      Timebase time,
      long beginNanos,
      long startNanos) {
    this.node = node;
    this.instance = instance;
    this.methods = methods;
    this.startOrder = startOrder;
    this.time = time;
    this.startBegin = beginNanos;
    this.startEnd = System.nanoTime();
    this.startThread = Thread.currentThread().getName();
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
    return stopNanos < 0 ? null : stopFailure;
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

  /**
   * Whether every component this one must be released after started before it, so that the reverse
   * start order releases it in time.
   */
  boolean releasedAfterEarlierOnly() {
    return startedEarlier(node.dependencies) && startedEarlier(node.orderedAfter);
  }

  private boolean startedEarlier(List<Node> nodes) {
    for (Node other : nodes) {
      ManagedComponent component = other.component;
      if (component != null && component != this && component.startOrder >= startOrder) {
        return false;
      }
    }
    return true;
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
    this.stopBegin = beginNanos;
    this.stopThread = thread;
    this.stopFailure = failure;
    this.stopNanos = nanos;
  }

  boolean isStopped() {
    return stopNanos >= 0;
  }

  /** An immutable snapshot for the public API. */
  public Component snapshot() {
    long stopped = stopNanos;
    List<Key<?>> dependencyKeys = keysOf(dependencies());
    List<Key<?>> startDependencyKeys =
        node.startDependencies == node.dependencies
            ? dependencyKeys
            : keysOf(componentsOf(node.startDependencies, List.of()));
    return new Component(
        node.key,
        instance.getClass(),
        startOrder,
        new Span(time.at(startBegin), time.at(startEnd), startThread),
        Duration.ofNanos(startNanos),
        dependencyKeys,
        startDependencyKeys,
        stopped < 0 ? null : new Span(time.at(stopBegin), time.at(stopBegin + stopped), stopThread),
        stopped < 0 ? null : stopFailure);
  }

  private static List<Key<?>> keysOf(List<ManagedComponent> components) {
    List<Key<?>> keys = new ArrayList<>(components.size());
    for (ManagedComponent component : components) {
      keys.add(component.key());
    }
    return keys;
  }

  @Override
  public String toString() {
    return KeyNames.describe(node.key);
  }
}
