package dev.cogwheel.okhttp.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Combines the event listener factories contributed to a session into the one OkHttp takes: for
 * each call it asks every factory for a listener, in order, and forwards every event to each of
 * them in that order.
 */
public final class CompositeEventListenerFactory implements EventListener.Factory {
  private final List<EventListener.Factory> factories;

  private CompositeEventListenerFactory(List<EventListener.Factory> factories) {
    this.factories = factories;
  }

  /**
   * One factory that serves all of {@code factories}, in iteration order: OkHttp's no-op factory if
   * there are none, the factory itself if there is one.
   */
  public static EventListener.Factory of(Collection<? extends EventListener.Factory> factories) {
    List<EventListener.Factory> list = List.copyOf(factories);
    if (list.isEmpty()) {
      return call -> EventListener.NONE;
    }
    if (list.size() == 1) {
      return list.get(0);
    }
    return new CompositeEventListenerFactory(list);
  }

  @Override
  public EventListener create(Call call) {
    List<EventListener> listeners = new ArrayList<>(factories.size());
    for (EventListener.Factory factory : factories) {
      listeners.add(factory.create(call));
    }
    return new CompositeEventListener(listeners);
  }

  @Override
  public String toString() {
    return "CompositeEventListenerFactory" + factories;
  }
}
