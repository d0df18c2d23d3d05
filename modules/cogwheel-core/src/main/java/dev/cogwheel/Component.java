package dev.cogwheel;

import com.google.inject.Key;
import dev.cogwheel.internal.KeyNames;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one managed component: a singleton that the container created, in the order it
 * started.
 *
 * <p>Instances are immutable; {@link Container#components()} returns fresh snapshots, so a
 * component that has since stopped reports its stop duration only in a later snapshot.
 */
public final class Component {
  private final Key<?> key;
  private final Class<?> type;
  private final int startOrder;
  private final Span start;
  private final Duration startDuration;
  private final List<Key<?>> dependencies;
  private final List<Key<?>> startDependencies;
  private final Span stop;
  private final Throwable stopFailure;

  /**
   * Creates a snapshot whose start waited for exactly its {@code dependencies}. Containers create
   * these; user code needs them only to build test doubles of listeners.
   *
   * @param key the key the component was bound under
   * @param type the class of the instance
   * @param startOrder the component's position in start order, from 1
   * @param start when its start ran, and on which thread
   * @param startDuration how long its own construction, injection and {@code @PostConstruct} took,
   *     without the time spent starting its dependencies
   * @param dependencies the keys of the managed components it depends on, in start order
   * @param stop when its release ran, and on which thread, or {@code null} if it has not stopped
   * @param stopFailure why its release failed, or {@code null}
   * @throws NullPointerException if {@code key}, {@code type}, {@code start}, {@code startDuration}
   *     or {@code dependencies} is null
   */
  public Component(
      Key<?> key,
      Class<?> type,
      int startOrder,
      Span start,
      Duration startDuration,
      List<Key<?>> dependencies,
      Span stop,
      Throwable stopFailure) {
    this(
        key, type, startOrder, start, startDuration, dependencies, dependencies, stop, stopFailure);
  }

  /**
   * Creates a snapshot. Containers create these; user code needs them only to build test doubles of
   * listeners.
   *
   * @param key the key the component was bound under
   * @param type the class of the instance
   * @param startOrder the component's position in start order, from 1
   * @param start when its start ran, and on which thread
   * @param startDuration how long its own construction, injection and {@code @PostConstruct} took,
   *     without the time spent starting its dependencies
   * @param dependencies the keys of the managed components it depends on, in start order
   * @param startDependencies the keys of the managed components whose start its start waited for,
   *     in start order (see {@link #startDependencies()})
   * @param stop when its release ran, and on which thread, or {@code null} if it has not stopped
   * @param stopFailure why its release failed, or {@code null}
   * @throws NullPointerException if {@code key}, {@code type}, {@code start}, {@code
   *     startDuration}, {@code dependencies} or {@code startDependencies} is null
   */
  public Component(
      Key<?> key,
      Class<?> type,
      int startOrder,
      Span start,
      Duration startDuration,
      List<Key<?>> dependencies,
      List<Key<?>> startDependencies,
      Span stop,
      Throwable stopFailure) {
    this.key = Objects.requireNonNull(key, "key");
    this.type = Objects.requireNonNull(type, "type");
    this.startOrder = startOrder;
    this.start = Objects.requireNonNull(start, "start");
    this.startDuration = Objects.requireNonNull(startDuration, "startDuration");
    this.dependencies = List.copyOf(dependencies);
    this.startDependencies =
        startDependencies == dependencies ? this.dependencies : List.copyOf(startDependencies);
    this.stop = stop;
    this.stopFailure = stopFailure;
  }

  /**
   * The key the component was bound under, for example {@code Key[type=ApiClient,
   * annotation=@Named("site")]}.
   */
  public Key<?> key() {
    return key;
  }

  /** The concrete class of the instance. */
  public Class<?> type() {
    return type;
  }

  /** The component's position in start order, counting from 1. */
  public int startOrder() {
    return startOrder;
  }

  /** When the component's start completed: the end of its {@linkplain #startSpan() start span}. */
  public Instant startedAt() {
    return start.end();
  }

  /**
   * When the component's start ran — from the beginning of its construction to the return of its
   * last {@code @PostConstruct} method — and the thread that ran it. Components that start in
   * parallel have overlapping spans on different threads.
   */
  public Span startSpan() {
    return start;
  }

  /**
   * How long the component's own start took: construction, injection and {@code @PostConstruct},
   * without the time spent starting its dependencies.
   */
  public Duration startDuration() {
    return startDuration;
  }

  /**
   * The keys of the managed components this one depends on, directly or through unmanaged bindings,
   * {@code Provider<T>} edges included, in start order. They are read from the injector, so the
   * snapshots given to {@link LifecycleListener#componentStarted} while the container is still
   * starting list none; {@link Container#components()} and the stop events list them all.
   */
  public List<Key<?>> dependencies() {
    return dependencies;
  }

  /**
   * The keys of the managed components whose start this one's start waited for, in start order: its
   * {@linkplain #dependencies() dependencies} except those it reaches only through {@code
   * Provider<T>}, and the components declared to start before it ({@code LifecycleBinder}'s {@code
   * dependsOn} and {@code startFirst}). The chain of these whose start durations add up to the most
   * is the start's critical path. Read from the injector like the dependencies.
   */
  public List<Key<?>> startDependencies() {
    return startDependencies;
  }

  /** How long the component's release took, or empty if it has not been stopped. */
  public Optional<Duration> stopDuration() {
    return stopSpan().map(Span::duration);
  }

  /**
   * When the component's release ran and the thread that ran it, or empty if it has not been
   * stopped. For a release that ran past the stop timeout the span ends when it was abandoned.
   */
  public Optional<Span> stopSpan() {
    return Optional.ofNullable(stop);
  }

  /** Why the component's release failed (its exception, or a timeout), or empty. */
  public Optional<Throwable> stopFailure() {
    return Optional.ofNullable(stopFailure);
  }

  /** A readable name for logs: the key's type and qualifier, without package names. */
  public String name() {
    return KeyNames.describe(key);
  }

  @Override
  public String toString() {
    return "Component{" + name() + ", type=" + type.getName() + ", startOrder=" + startOrder + "}";
  }
}
