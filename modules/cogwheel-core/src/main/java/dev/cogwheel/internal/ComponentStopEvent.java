package dev.cogwheel.internal;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A component's release — its {@code @PreDestroy} methods, {@code close()} or executor shutdown —
 * as a JDK Flight Recorder event on the thread that released it. It costs nothing unless a
 * recording enables it.
 */
@Name("dev.cogwheel.ComponentStop")
@Label("Component Stop")
@Category({"Cogwheel", "Lifecycle"})
@Description("A component of a Cogwheel container was released")
@StackTrace(false)
final class ComponentStopEvent extends jdk.jfr.Event {
  @Label("Container")
  String container;

  @Label("Key")
  String key;

  @Label("Type")
  Class<?> type;

  @Label("Failure")
  String failure;

  /** Ends the event and commits it, if a recording wants it. */
  void commit(String containerName, ManagedComponent component, Throwable failed) {
    end();
    if (shouldCommit()) {
      container = containerName;
      key = component.key().toString();
      type = component.instance().getClass();
      failure = failed == null ? null : failed.toString();
      commit();
    }
  }
}
