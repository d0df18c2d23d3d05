package dev.cogwheel.admin;

import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Components made by hand, for timelines of runs the core cannot produce on demand: each starts on
 * a named thread from one millisecond to another after a common origin, and has no own time spent
 * in its dependencies.
 */
final class Picture {
  static final Instant ORIGIN = Instant.parse("2026-11-30T10:00:00Z");

  private final List<Component> components = new ArrayList<>();

  /**
   * Adds a component named {@code name}, started on {@code thread} from {@code begin} to {@code
   * end} ms.
   */
  Component start(String name, String thread, long begin, long end, Component... dependencies) {
    return start(name, thread, begin, end, List.of(dependencies), List.of(dependencies));
  }

  /**
   * Adds a component named {@code name}, started on {@code thread} from {@code begin} to {@code
   * end} ms, with {@code dependencies} and, apart from them, the components its start waited for.
   */
  Component start(
      String name,
      String thread,
      long begin,
      long end,
      List<Component> dependencies,
      List<Component> startDependencies) {
    Span span = new Span(ORIGIN.plusMillis(begin), ORIGIN.plusMillis(end), thread);
    Component component =
        new Component(
            key(name),
            Object.class,
            components.size() + 1,
            span,
            span.duration(),
            keys(dependencies),
            keys(startDependencies),
            null,
            null);
    components.add(component);
    return component;
  }

  private static List<Key<?>> keys(List<Component> components) {
    return components.stream().<Key<?>>map(Component::key).toList();
  }

  /** The key of the component named {@code name}. */
  static Key<Object> key(String name) {
    return Key.get(Object.class, Names.named(name));
  }

  /**
   * The same components, released on {@code thread} one after the other in reverse, each taking
   * {@code millis}.
   */
  List<Component> stopped(String thread, long from, long millis) {
    List<Component> stopped = new ArrayList<>();
    long at = from;
    for (int i = components.size() - 1; i >= 0; i--) {
      Component c = components.get(i);
      Span stop = new Span(ORIGIN.plusMillis(at), ORIGIN.plusMillis(at + millis), thread);
      stopped.add(
          0,
          new Component(
              c.key(),
              c.type(),
              c.startOrder(),
              c.startSpan(),
              c.startDuration(),
              c.dependencies(),
              c.startDependencies(),
              stop,
              null));
      at += millis;
    }
    return stopped;
  }

  /** The components in start order. */
  List<Component> components() {
    return List.copyOf(components);
  }
}
