package dev.cogwheel;

import com.google.inject.AbstractModule;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** What test components did, in order. Bound with toInstance, so the container never manages it. */
final class Events {
  private final List<String> events = new CopyOnWriteArrayList<>();

  void add(String event) {
    events.add(event);
  }

  List<String> all() {
    return List.copyOf(events);
  }

  List<String> starting(String prefix) {
    return events.stream().filter(e -> e.startsWith(prefix)).toList();
  }

  /** A module that binds this recorder. */
  AbstractModule module() {
    Events self = this;
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Events.class).toInstance(self);
      }
    };
  }
}
