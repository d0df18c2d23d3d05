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
 * Delivers the events of one run of a container: first to the start and stop report in the log,
 * then to the listeners, those given to the builder and the managed components that are listeners
 * themselves, which first get the events of the start that they missed. A component's snapshot is
 * taken only for a listener.
 */
public final class Listeners {
  private static final Logger log = LoggerFactory.getLogger(Listeners.class);

  private final Container container;
  private final StartStopLog report;
  private final List<LifecycleListener> listeners;

  /**
   * The snapshots of the components started so far, for a component listener created later; empty
   * while no listener has wanted one.
   */
  private final List<Component> startedSoFar = new ArrayList<>();

  /** The components started before the first snapshot was taken, whose snapshots are due. */
  private final List<ManagedComponent> notSnapshotYet = new ArrayList<>();

  public Listeners(Container container, List<LifecycleListener> builderListeners) {
    this.container = container;
    this.report = new StartStopLog(container.name());
    this.listeners = new CopyOnWriteArrayList<>(builderListeners);
  }

  public void starting() {
    report.starting();
    fire(l -> l.starting(container));
  }

  void componentStarted(ManagedComponent component) {
    report.componentStarted(component);
    Object instance = component.instance();
    Component snapshot;
    synchronized (this) {
      if (instance instanceof LifecycleListener && !listeners.contains(instance)) {
        LifecycleListener late = (LifecycleListener) instance;
        deliver(late, l -> l.starting(container));
        for (Component earlier : startedSoFar()) {
          deliver(late, l -> l.componentStarted(container, earlier));
        }
        listeners.add(late);
      }
      if (listeners.isEmpty()) {
        notSnapshotYet.add(component);
        return;
      }
      snapshot = component.snapshot();
      startedSoFar().add(snapshot);
    }
    fire(l -> l.componentStarted(container, snapshot));
  }

  /** The snapshots of the components started so far, taking those that are due. */
  private List<Component> startedSoFar() {
    for (ManagedComponent component : notSnapshotYet) {
      startedSoFar.add(component.snapshot());
    }
    notSnapshotYet.clear();
    return startedSoFar;
  }

  public void started(Duration duration) {
    report.started(duration);
    fire(l -> l.started(container, duration));
  }

  public void startFailed(StartupException failure) {
    report.startFailed(failure);
    fire(l -> l.startFailed(container, failure));
  }

  public void stopping() {
    report.stopping();
    fire(l -> l.stopping(container));
  }

  void componentStopped(ManagedComponent component) {
    report.componentStopped(component);
    if (listeners.isEmpty()) {
      return;
    }
    Component snapshot = component.snapshot();
    fire(l -> l.componentStopped(container, snapshot));
  }

  public void stopped(Duration duration) {
    report.stopped(duration);
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
      log.warn(
          "Lifecycle listener {} failed; the lifecycle goes on", listener.getClass().getName(), e);
    }
  }
}
