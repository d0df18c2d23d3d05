package dev.cogwheel.metrics.internal;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.Tasks;
import dev.cogwheel.metrics.MetricNames;
import dev.cogwheel.metrics.MetricsModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers one run's health checks in a {@link HealthCheckRegistry}, and removes them again: the
 * built-in {@code container} check and the multibound ones from the start of the run until the
 * container has stopped; each managed component that extends {@link HealthCheck} from the moment
 * the container runs (or, if created later, right after its creation) until it is released. A
 * registry the user supplied is left as it was found.
 *
 * <p>Thread-safe.
 */
final class HealthCheckRegistrar {
  private static final Logger log = LoggerFactory.getLogger(HealthCheckRegistrar.class);

  private final HealthCheckRegistry registry;
  private final Container container;
  private final Tasks tasks;
  private final Map<String, HealthCheck> bound;

  /** What this run registered, by name. */
  private final Map<String, HealthCheck> registered = new ConcurrentHashMap<>();

  private final Map<Key<?>, String> componentChecks = new ConcurrentHashMap<>();

  /** Health check components that started before the container was running. */
  private final List<Component> pending = new ArrayList<>();

  private boolean running;

  HealthCheckRegistrar(
      HealthCheckRegistry registry,
      Container container,
      Tasks tasks,
      Map<String, HealthCheck> bound) {
    this.registry = registry;
    this.container = container;
    this.tasks = tasks;
    this.bound = bound;
  }

  /**
   * Registers the {@code container} check and the multibound checks.
   *
   * @throws IllegalStateException naming the check, if the registry already has a check of that
   *     name; what was registered before is removed again
   */
  void open() {
    try {
      register(
          MetricsModule.CONTAINER_HEALTH_CHECK,
          new ContainerHealthCheck(container),
          "the built-in check of container '" + container.name() + "'");
      bound.forEach(
          (name, check) ->
              register(name, check, "MetricsModule.healthChecks(binder) entry '" + name + "'"));
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  void componentStarted(Component component) {
    if (!HealthCheck.class.isAssignableFrom(component.type())) {
      return;
    }
    synchronized (this) {
      if (!running) {
        pending.add(component);
        return;
      }
    }
    // created while running, inside its own provision: the instance can be looked up once that ends
    try {
      tasks.submit("register-health-check", () -> registerComponent(component));
    } catch (IllegalStateException e) {
      log.debug(
          "Container '{}' is stopping; health check {} is not registered",
          container.name(),
          component.name());
    }
  }

  /** Registers the health check components that started with the container. */
  void containerStarted() {
    List<Component> started;
    synchronized (this) {
      running = true;
      started = new ArrayList<>(pending);
      pending.clear();
    }
    started.forEach(this::registerComponent);
  }

  void componentStopped(Component component) {
    String name = componentChecks.remove(component.key());
    if (name != null) {
      unregister(name);
    }
  }

  /** Removes every check this run registered. */
  void close() {
    synchronized (this) {
      pending.clear();
    }
    registered.keySet().forEach(this::unregister);
    componentChecks.clear();
  }

  private void registerComponent(Component component) {
    Object instance;
    try {
      instance = container.getInstance(component.key());
    } catch (RuntimeException e) {
      log.warn(
          "Health check {} of container '{}' is not registered: its instance cannot be looked up ({}); "
              + "add it with MetricsModule.healthChecks(binder) instead",
          component.name(),
          container.name(),
          e.toString());
      return;
    }
    if (!(instance instanceof HealthCheck) || registered.containsValue(instance)) {
      return; // not the check itself, or already registered under its multibinder name
    }
    String name = MetricNames.segment(component.name());
    try {
      register(name, (HealthCheck) instance, "component " + component.name());
      componentChecks.put(component.key(), name);
    } catch (IllegalStateException e) {
      log.warn(
          "Health check of component {} is not registered: {}", component.name(), e.getMessage());
    }
  }

  private void register(String name, HealthCheck check, String what) {
    try {
      registry.register(name, check);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "Cannot register "
              + what
              + " as health check '"
              + name
              + "': the HealthCheckRegistry already has a check of that name",
          e);
    }
    registered.put(name, check);
  }

  private void unregister(String name) {
    if (registered.remove(name) != null) {
      registry.unregister(name);
    }
  }
}
