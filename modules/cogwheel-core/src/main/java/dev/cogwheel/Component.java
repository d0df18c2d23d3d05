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
  private final Instant startedAt;
  private final Duration startDuration;
  private final List<Key<?>> dependencies;
  private final Duration stopDuration;
  private final Throwable stopFailure;

  /**
   * Creates a snapshot. Containers create these; user code needs them only to build test doubles of
   * listeners.
   *
   * @param key the key the component was bound under
   * @param type the class of the instance
   * @param startOrder the component's position in start order, from 1
   * @param startedAt when its start completed
   * @param startDuration how long its own construction, injection and {@code @PostConstruct} took,
   *     without the time spent starting its dependencies
   * @param dependencies the keys of the managed components it depends on, in start order
   * @param stopDuration how long its release took, or {@code null} if it has not stopped
   * @param stopFailure why its release failed, or {@code null}
   */
  public Component(
      Key<?> key,
      Class<?> type,
      int startOrder,
      Instant startedAt,
      Duration startDuration,
      List<Key<?>> dependencies,
      Duration stopDuration,
      Throwable stopFailure) {
    this.key = Objects.requireNonNull(key, "key");
    this.type = Objects.requireNonNull(type, "type");
    this.startOrder = startOrder;
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
    this.startDuration = Objects.requireNonNull(startDuration, "startDuration");
    this.dependencies = List.copyOf(dependencies);
    this.stopDuration = stopDuration;
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

  /** When the component's start completed. */
  public Instant startedAt() {
    return startedAt;
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

  /** How long the component's release took, or empty if it has not been stopped. */
  public Optional<Duration> stopDuration() {
    return Optional.ofNullable(stopDuration);
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
