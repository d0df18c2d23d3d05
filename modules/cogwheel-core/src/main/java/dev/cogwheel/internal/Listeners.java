package dev.cogwheel.internal;

import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.StartupException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events of one run of a container to its listeners: those given to the builder, and
 * the managed components that are listeners themselves, which first get the events of the start
 * that they missed.
 */
public final class Listeners {
  private static final Logger log = LoggerFactory.getLogger(Listeners.class);

  private final Container container;
  private final List<LifecycleListener> listeners;
  /** What a component listener created later must be shown first: the start's component events. */
  private final List<Component> startedSoFar = new ArrayList<>();

  public Listeners(Container container, List<LifecycleListener> builderListeners) {
    this.container = container;
    this.listeners = new CopyOnWriteArrayList<>(builderListeners);
  }

  public void starting() {
    fire(l -> l.starting(container));
  }

  void componentStarted(ManagedComponent component) {
    Component snapshot = component.snapshot();
    Object instance = component.instance();
    synchronized (this) {
      if (instance instanceof LifecycleListener && !listeners.contains(instance)) {
        LifecycleListener late = (LifecycleListener) instance;
        deliver(late, l -> l.starting(container));
        for (Component earlier : startedSoFar) {
          deliver(late, l -> l.componentStarted(container, earlier));
        }
        listeners.add(late);
      }
      startedSoFar.add(snapshot);
    }
    fire(l -> l.componentStarted(container, snapshot));
  }

  public void started(Duration duration) {
    fire(l -> l.started(container, duration));
  }

  public void startFailed(StartupException failure) {
    fire(l -> l.startFailed(container, failure));
  }

  public void stopping() {
    fire(l -> l.stopping(container));
  }

  void componentStopped(ManagedComponent component) {
    Component snapshot = component.snapshot();
    fire(l -> l.componentStopped(container, snapshot));
  }

  public void stopped(Duration duration) {
    fire(l -> l.stopped(container, duration));
  }

  private void fire(Consumer<LifecycleListener> event) {
    for (LifecycleListener listener : listeners) {
      deliver(listener, event);
    }
  }

  private static void deliver(LifecycleListener listener, Consumer<LifecycleListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException e) {
      log.warn("Lifecycle listener {} failed; the lifecycle goes on", listener.getClass().getName(), e);
    }
  }
}
