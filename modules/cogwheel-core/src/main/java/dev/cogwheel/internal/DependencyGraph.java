package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The dependencies between managed components, read from Guice's bindings, and the stop order they
 * give.
 *
 * <p>A component depends on another when one of its binding's dependencies leads to the other's
 * binding, directly or through bindings that are not components (linked keys, unscoped
 * constructors, provider methods, multibindings, private modules' exposed keys). {@code
 * Provider<T>} dependencies, Guice's and {@code jakarta.inject}'s, count as dependencies on
 * {@code T}: a component that reaches {@code T} lazily is stopped before it.
 */
public final class DependencyGraph {
  private final Map<Binding<?>, Injector> owners = new IdentityHashMap<>();
  private final Map<List<Object>, Injector> ownersByKeyAndSource = new HashMap<>();
  private final Map<Key<?>, List<ManagedComponent>> componentsByKey = new HashMap<>();
  private final Map<Binding<?>, Set<ManagedComponent>> reachable = new IdentityHashMap<>();
  private final Injector root;

  private DependencyGraph(Injector root, List<ManagedComponent> components) {
    this.root = root;
    for (ManagedComponent component : components) {
      componentsByKey.computeIfAbsent(component.key(), k -> new ArrayList<>(1)).add(component);
    }
    BindingEdges.forEachBinding(
        root,
        (binding, owner) -> {
          if (owner != root) { // the root cannot see a private module's bindings
            owners.putIfAbsent(binding, owner);
            ownersByKeyAndSource.putIfAbsent(List.of(binding.getKey(), binding.getSource()), owner);
          }
        });
  }

  /**
   * Resolves the dependencies of every component and stores them on it.
   *
   * @param root the container's injector
   * @param components the components in start order
   */
  public static void resolve(Injector root, List<ManagedComponent> components) {
    DependencyGraph graph = new DependencyGraph(root, components);
    for (ManagedComponent component : components) {
      Set<ManagedComponent> dependencies = new LinkedHashSet<>();
      graph.collect(component.binding(), graph.ownerOf(component.binding()), dependencies, null);
      dependencies.remove(component);
      if (dependencies.isEmpty()) {
        component.dependencies(List.of());
      } else {
        List<ManagedComponent> sorted = new ArrayList<>(dependencies);
        sorted.sort(Comparator.comparingInt(ManagedComponent::startOrder));
        component.dependencies(List.copyOf(sorted));
      }
    }
  }

  /**
   * The order to stop {@code components} in: a component stops only after every component that
   * depends on it; among those free to stop, the one that started last goes first. A cycle (only
   * possible through {@code Provider<T>} edges) is broken at the component that started last.
   * Dependencies must have been {@link #resolve resolved}; without them this is reverse start order.
   */
  public static List<ManagedComponent> stopOrder(List<ManagedComponent> components) {
    if (startOrderIsTopological(components)) {
      List<ManagedComponent> reverse = new ArrayList<>(components);
      reverse.sort(Comparator.comparingInt(ManagedComponent::startOrder).reversed());
      return reverse;
    }
    Map<ManagedComponent, Integer> dependents = new HashMap<>();
    for (ManagedComponent component : components) {
      dependents.putIfAbsent(component, 0);
      for (ManagedComponent dependency : component.dependencies()) {
        dependents.merge(dependency, 1, Integer::sum);
      }
    }
    Comparator<ManagedComponent> lastStartedFirst =
        Comparator.comparingInt(ManagedComponent::startOrder).reversed();
    PriorityQueue<ManagedComponent> free = new PriorityQueue<>(lastStartedFirst);
    PriorityQueue<ManagedComponent> waiting = new PriorityQueue<>(lastStartedFirst);
    for (ManagedComponent component : components) {
      (dependents.get(component) == 0 ? free : waiting).add(component);
    }
    List<ManagedComponent> order = new ArrayList<>(components.size());
    Set<ManagedComponent> done = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    while (order.size() < components.size()) {
      ManagedComponent next = free.poll();
      if (next == null) {
        next = waiting.poll(); // a cycle: break it at the last started
        if (done.contains(next)) {
          continue;
        }
      } else if (done.contains(next)) {
        continue;
      }
      done.add(next);
      order.add(next);
      for (ManagedComponent dependency : next.dependencies()) {
        if (!done.contains(dependency) && dependents.merge(dependency, -1, Integer::sum) == 0) {
          free.add(dependency);
        }
      }
    }
    return order;
  }

  /**
   * Whether every component started after all of its dependencies: the usual case, where only a
   * {@code Provider<T>} reaching a later component breaks it. Then reverse start order is the
   * stop order.
   */
  private static boolean startOrderIsTopological(List<ManagedComponent> components) {
    for (ManagedComponent component : components) {
      for (ManagedComponent dependency : component.dependencies()) {
        if (dependency.startOrder() > component.startOrder()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The injector a binding belongs to; see {@link #componentOf} on why identity may miss. */
  private Injector ownerOf(Binding<?> binding) {
    if (owners.isEmpty()) {
      return root; // no private module: the root owns every binding
    }
    Injector owner = owners.get(binding);
    if (owner == null) {
      owner = ownersByKeyAndSource.getOrDefault(List.of(binding.getKey(), binding.getSource()), root);
    }
    return owner;
  }

  /**
   * Adds the components {@code binding} leads to, stopping at each component. {@code visiting}
   * holds the unmanaged bindings on the current path, or is null at the start of a walk.
   */
  private void collect(
      Binding<?> binding, Injector injector, Set<ManagedComponent> out, Map<Binding<?>, Boolean> visiting) {
    for (Key<?> key : BindingEdges.dependencyKeys(binding)) {
      BindingEdges.Located located = BindingEdges.locate(injector, key);
      if (located == null) {
        continue;
      }
      Binding<?> next = located.binding();
      Injector owner = owners.get(next);
      Injector nextInjector = owner != null ? owner : located.injector();
      ManagedComponent component = componentOf(next);
      if (component != null) {
        out.add(component);
      } else {
        out.addAll(reachableFrom(next, nextInjector, visiting));
      }
    }
  }

  /**
   * The component a binding produced, found by key, then by identity or, since Guice may hand a
   * provision listener another object than the injector's binding for the same key (it does for
   * scoped provider-instance bindings), by the binding's source.
   */
  private ManagedComponent componentOf(Binding<?> binding) {
    List<ManagedComponent> sameKey = componentsByKey.get(binding.getKey());
    if (sameKey == null) {
      return null;
    }
    for (ManagedComponent candidate : sameKey) {
      if (candidate.binding() == binding) {
        return candidate;
      }
    }
    for (ManagedComponent candidate : sameKey) {
      if (candidate.binding().getSource().equals(binding.getSource())) {
        return candidate;
      }
    }
    return null;
  }

  private Set<ManagedComponent> reachableFrom(Binding<?> binding, Injector injector, Map<Binding<?>, Boolean> visiting) {
    Set<ManagedComponent> known = reachable.get(binding);
    if (known != null) {
      return known;
    }
    Map<Binding<?>, Boolean> path = visiting != null ? visiting : new IdentityHashMap<>();
    if (path.put(binding, Boolean.TRUE) != null) {
      return Set.of(); // a cycle through unmanaged bindings
    }
    Set<ManagedComponent> found = new LinkedHashSet<>();
    collect(binding, injector, found, path);
    path.remove(binding);
    reachable.put(binding, found);
    return found;
  }
}
