package dev.cogwheel.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The order to release components in: the reverse of the dependency graph, whatever order they
 * started in (a parallel start, a {@code Provider<T>} reaching a component that started later).
 */
final class StopOrder {
  private StopOrder() {}

  /**
   * A component stops only after every component that depends on it; among those free to stop, the
   * one that started last goes first. A cycle (only possible through {@code Provider<T>} edges) is
   * broken at the component that started last.
   */
  static List<ManagedComponent> of(List<ManagedComponent> components) {
    Comparator<ManagedComponent> lastStartedFirst =
        Comparator.comparingInt(ManagedComponent::startOrder).reversed();
    boolean topological = true;
    for (ManagedComponent component : components) {
      if (!component.releasedAfterEarlierOnly()) {
        topological = false;
        break;
      }
    }
    if (topological) {
      List<ManagedComponent> reverse = new ArrayList<>(components);
      reverse.sort(lastStartedFirst);
      return reverse;
    }
    Map<ManagedComponent, List<ManagedComponent>> dependencies = new IdentityHashMap<>();
    for (ManagedComponent component : components) {
      dependencies.put(component, component.releasedAfter());
    }
    Map<ManagedComponent, Integer> dependents = new HashMap<>();
    for (ManagedComponent component : components) {
      dependents.putIfAbsent(component, 0);
      for (ManagedComponent dependency : dependencies.get(component)) {
        dependents.merge(dependency, 1, Integer::sum);
      }
    }
    PriorityQueue<ManagedComponent> free = new PriorityQueue<>(lastStartedFirst);
    PriorityQueue<ManagedComponent> waiting = new PriorityQueue<>(lastStartedFirst);
    for (ManagedComponent component : components) {
      (dependents.get(component) == 0 ? free : waiting).add(component);
    }
    List<ManagedComponent> order = new ArrayList<>(components.size());
    Set<ManagedComponent> done = Collections.newSetFromMap(new IdentityHashMap<>());
    while (order.size() < components.size()) {
      ManagedComponent next = free.poll();
      if (next == null) {
        next = waiting.poll(); // a cycle: break it at the last started
      }
      if (!done.add(next)) {
        continue;
      }
      order.add(next);
      for (ManagedComponent dependency : dependencies.getOrDefault(next, List.of())) {
        if (!done.contains(dependency) && dependents.merge(dependency, -1, Integer::sum) == 0) {
          free.add(dependency);
        }
      }
    }
    return order;
  }
}
