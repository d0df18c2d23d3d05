package dev.cogwheel.admin.internal;

import com.google.inject.Key;
import dev.cogwheel.Component;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The critical path of a start: the chain of start dependencies whose own start durations add up to
 * the most. No number of start threads can start the components faster than that sum, so it is
 * where shortening a start pays.
 *
 * <p>A chain follows {@link Component#startDependencies()}: what each start waited for, injected or
 * declared ({@code dependsOn}, {@code startFirst}), never a {@code Provider<T>} edge. A component's
 * own start duration is {@link Component#startDuration()}: its construction, injection and
 * {@code @PostConstruct}, without its dependencies. Dependencies that are not among the components
 * count as nothing.
 */
public final class CriticalPath {
  private CriticalPath() {}

  /**
   * The critical path of {@code components}, given in start order: its components from the first to
   * start to the last, empty if there are none. Of chains of equal length, the one ending with the
   * component that started first.
   */
  public static List<Component> of(List<Component> components) {
    Map<Key<?>, Link> links = new HashMap<>();
    Link longest = null;
    for (Component component : components) {
      Link before = null;
      for (Key<?> key : component.startDependencies()) {
        Link dependency = links.get(key);
        if (dependency != null
            && (before == null || dependency.total.compareTo(before.total) > 0)) {
          before = dependency;
        }
      }
      Duration total =
          component.startDuration().plus(before == null ? Duration.ZERO : before.total);
      Link link = new Link(component, before, total);
      links.put(component.key(), link);
      if (longest == null || total.compareTo(longest.total) > 0) {
        longest = link;
      }
    }
    Deque<Component> path = new ArrayDeque<>();
    for (Link link = longest; link != null; link = link.before) {
      path.addFirst(link.component);
    }
    return List.copyOf(path);
  }

  /** A component, the dependency its longest chain comes through, and the chain's length. */
  private record Link(Component component, Link before, Duration total) {}
}
