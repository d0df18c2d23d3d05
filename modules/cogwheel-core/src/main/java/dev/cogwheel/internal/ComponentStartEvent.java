package dev.cogwheel.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A component's start — construction, injection and {@code @PostConstruct} — as a JDK Flight
 * Recorder event on the thread that started it. It costs nothing unless a recording enables it.
 */
@Name("dev.cogwheel.ComponentStart")
@Label("Component Start")
@Category({"Cogwheel", "Lifecycle"})
@Description("A component of a Cogwheel container was constructed, injected and initialised")
@StackTrace(false)
final class ComponentStartEvent extends jdk.jfr.Event {
  @Label("Container")
  String container;

  @Label("Key")
  String key;

  @Label("Type")
  Class<?> type;

  /** Ends the event and commits it, if a recording wants it. */
  void commit(String containerName, ManagedComponent component) {
    end();
    if (shouldCommit()) {
      container = containerName;
      key = component.key().toString();
      type = component.instance().getClass();
      commit();
    }
  }
}
