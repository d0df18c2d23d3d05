package dev.cogwheel;

import com.google.inject.Binder;
import com.google.inject.Key;
import dev.cogwheel.internal.LifecycleDeclaration;
import dev.cogwheel.internal.LifecycleDeclaration.Kind;
import java.util.Objects;

/**
 * Declares, in a module's {@code configure()}, lifecycle order that injection does not express:
 *
 * <pre>{@code
 * LifecycleBinder.of(binder())
 *     .dependsOn(HttpServer.class, MetricsFlusher.class)  // the flusher starts first, stops last
 *     .startFirst(AdminServer.class)                       // before every other component
 *     .manage(Store.class);                                // a bound object, started and released
 * }</pre>
 *
 * <p>Declarations add no binding: the injector's bindings stay exactly what the modules bound. They
 * are read when the container starts, in every module, private modules included, whatever the order
 * of the modules; a declaration in a module used without a container does nothing. The container
 * refuses to start — with a {@link StartupException} that names the declaration and the module that
 * made it — when a declared key is bound by nobody, when declared edges close a cycle of start
 * order, or when {@link #startFirst} or {@link #manage} names something that is not a component.
 * Not thread-safe: use it from {@code configure()}, as the binder itself.
 */
public final class LifecycleBinder {
  private final Binder binder;

  private LifecycleBinder(Binder binder) {
    this.binder = binder;
  }

  /**
   * The lifecycle declarations of the module being configured with {@code binder}.
   *
   * @throws NullPointerException if {@code binder} is null
   */
  public static LifecycleBinder of(Binder binder) {
    return new LifecycleBinder(Objects.requireNonNull(binder, "binder"));
  }

  /**
   * Orders {@code dependent} after {@code dependency} exactly as if it injected it, without
   * injecting it: {@code dependency} (and what it needs) starts first and is released after {@code
   * dependent}. Either may be any bound key; an unscoped binding passes the edge on to what it
   * needs and to what needs it.
   *
   * @return this binder
   */
  public LifecycleBinder dependsOn(Key<?> dependent, Key<?> dependency) {
    declare(Kind.DEPENDS_ON, "dependsOn", dependent, dependency);
    return this;
  }

  /** {@link #dependsOn(Key, Key)} for unqualified types. */
  public LifecycleBinder dependsOn(Class<?> dependent, Class<?> dependency) {
    return dependsOn(Key.get(dependent), Key.get(dependency));
  }

  /**
   * Starts the component bound to {@code key} (and what it needs) before every other component, and
   * releases it after them: an admin endpoint that must answer probes throughout, a log shipper.
   * The component must be a singleton or a {@linkplain #manage managed} object.
   *
   * @return this binder
   */
  public LifecycleBinder startFirst(Key<?> key) {
    declare(Kind.START_FIRST, "startFirst", key);
    return this;
  }

  /** {@link #startFirst(Key)} for an unqualified type. */
  public LifecycleBinder startFirst(Class<?> type) {
    return startFirst(Key.get(type));
  }

  /**
   * Manages an object the user made and bound ({@code toInstance}): the container runs its
   * {@code @PostConstruct} methods when it starts, in dependency order, and releases it at stop,
   * like the singletons it creates. Without this, bound objects are the user's: never started or
   * released.
   *
   * @return this binder
   */
  public LifecycleBinder manage(Key<?> key) {
    declare(Kind.MANAGE, "manage", key);
    return this;
  }

  /** {@link #manage(Key)} for an unqualified type. */
  public LifecycleBinder manage(Class<?> type) {
    return manage(Key.get(type));
  }

  private void declare(Kind kind, String method, Key<?>... keys) {
    for (Key<?> key : keys) {
      Objects.requireNonNull(key, "key");
    }
    LifecycleDeclaration.declare(binder, LifecycleBinder.class, kind, method, keys);
  }
}
