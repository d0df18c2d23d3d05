package dev.cogwheel.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The components of one run in the order their start completed, each instance once, however many
 * keys it is bound under. Recording a component tells the listeners, in start order. Once the run
 * is closed (stopping, or rolled back) an instance whose start completes late — a start that was
 * abandoned past its timeout — is released at once instead.
 */
final class Components {
  private static final Logger log = LoggerFactory.getLogger(Components.class);

  private final String containerName;
  private final Timebase time;
  private final Consumer<ManagedComponent> onStarted;
  private final List<ManagedComponent> started = new ArrayList<>();
  private final Map<Object, ManagedComponent> byInstance = new IdentityHashMap<>();
  private boolean closed;

  Components(String containerName, Timebase time, Consumer<ManagedComponent> onStarted) {
    this.containerName = containerName;
    this.time = time;
    this.onStarted = onStarted;
  }

  /**
   * Records that {@code node}'s instance has started; if the instance is a component already, under
   * another key, the node shares it.
   *
   * @param beginNanos when its start began ({@link System#nanoTime()})
   * @param ownNanos how long its own start took, without components started inside it
   * @return the component, or null if the run was closed and the instance has been released
   */
  ManagedComponent record(
      Node node, Object instance, LifecycleMethods methods, long beginNanos, long ownNanos) {
    ManagedComponent component;
    synchronized (this) {
      ManagedComponent same = byInstance.get(instance);
      if (same != null) {
        if (node.component == null) {
          node.component = same;
        }
        return same;
      }
      if (!closed) {
        component =
            new ManagedComponent(
                node, instance, methods, started.size() + 1, time, beginNanos, ownNanos);
        started.add(component);
        byInstance.put(instance, component);
        node.component = component;
        onStarted.accept(component); // under the lock: listeners see the start order
        return component;
      }
    }
    releaseLate(node, instance, methods);
    return null;
  }

  private void releaseLate(Node node, Object instance, LifecycleMethods methods) {
    log.warn(
        "{} of container '{}' finished starting after the start was abandoned; releasing it now",
        node,
        containerName);
    try {
      methods.release(instance, Duration.ZERO);
    } catch (Throwable t) {
      log.warn("Release of {} of container '{}' failed", node, containerName, t);
    }
  }

  /** Whether {@code instance} is a component of this run. */
  synchronized boolean contains(Object instance) {
    return byInstance.containsKey(instance);
  }

  /** Refuses new components from now on: their instances are released as they complete. */
  synchronized void close() {
    closed = true;
  }

  /** The components in start order. */
  synchronized List<ManagedComponent> list() {
    return List.copyOf(started);
  }
}
