package dev.cogwheel;

import dev.cogwheel.internal.ManagedComponent;
import dev.cogwheel.internal.RunEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the events of one run to the container's listeners: those given to the builder, then the
 * components that are listeners themselves, each of which first gets every event of the run that
 * came before it. Stop events go in reverse order of registration, as components are released.
 * Whatever a listener throws is logged; the lifecycle goes on. A component's snapshot is taken only
 * for a listener.
 */
final class Listeners implements RunEvents {
  private static final Logger log = LoggerFactory.getLogger(Listeners.class);

  private final Container container;
  private final List<LifecycleListener> listeners;

  /** The snapshots of the components started so far, for a listener that comes later. */
  private final List<Component> startedSoFar = new ArrayList<>();

  /** The components started before the first snapshot was taken, whose snapshots are due. */
  private final List<ManagedComponent> notSnapshotYet = new ArrayList<>();

  private volatile Duration startedIn;

  Listeners(Container container, List<LifecycleListener> builderListeners) {
    this.container = container;
    this.listeners = new CopyOnWriteArrayList<>(builderListeners);
  }

  @Override
  public void starting() {
    fire(l -> l.starting(container));
  }

  @Override
  public void componentStarted(ManagedComponent component) {
    Object instance = component.instance();
    LifecycleListener late = null;
    Component snapshot;
    synchronized (this) {
      if (instance instanceof LifecycleListener && !listeners.contains(instance)) {
        late = (LifecycleListener) instance;
        LifecycleListener newcomer = late;
        deliver(newcomer, l -> l.starting(container));
        for (Component earlier : startedSoFar()) {
          deliver(newcomer, l -> l.componentStarted(container, earlier));
        }
        listeners.add(newcomer);
      }
      if (listeners.isEmpty()) {
        notSnapshotYet.add(component);
        return;
      }
      snapshot = component.snapshot();
      startedSoFar().add(snapshot);
    }
    fire(l -> l.componentStarted(container, snapshot));
    Duration running = startedIn;
    if (late != null && running != null) {
      deliver(
          late, l -> l.started(container, running)); // created while running: the run has started
    }
  }

  /** The snapshots of the components started so far, taking those that are due. */
  private List<Component> startedSoFar() {
    for (ManagedComponent component : notSnapshotYet) {
      startedSoFar.add(component.snapshot());
    }
    notSnapshotYet.clear();
    return startedSoFar;
  }

  @Override
  public void started(Duration duration) {
    startedIn = duration;
    fire(l -> l.started(container, duration));
  }

  @Override
  public void startFailed(StartupException failure) {
    fire(l -> l.startFailed(container, failure));
  }

  @Override
  public void stopping() {
    fireInReverse(l -> l.stopping(container));
  }

  @Override
  public void componentStopped(ManagedComponent component) {
    if (listeners.isEmpty()) {
      return;
    }
    Component snapshot = component.snapshot();
    fireInReverse(l -> l.componentStopped(container, snapshot));
  }

  @Override
  public void stopped(Duration duration) {
    fireInReverse(l -> l.stopped(container, duration));
  }

  private void fire(Consumer<LifecycleListener> event) {
    for (LifecycleListener listener : listeners) {
      deliver(listener, event);
    }
  }

  private void fireInReverse(Consumer<LifecycleListener> event) {
    List<LifecycleListener> now = List.copyOf(listeners);
    for (int i = now.size() - 1; i >= 0; i--) {
      deliver(now.get(i), event);
    }
  }

  private static void deliver(LifecycleListener listener, Consumer<LifecycleListener> event) {
    try {
      event.accept(listener);
    } catch (Throwable t) {
      log.warn(
          "Lifecycle listener {} failed; the lifecycle goes on", listener.getClass().getName(), t);
    }
  }
}
