package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * Provider<T>} dependencies, Guice's and {@code jakarta.inject}'s, count as dependencies on {@code
 * T}: a component that reaches {@code T} lazily is stopped before it.
 */
public final class DependencyGraph {
  private static final int[] NONE = new int[0];

  private final Map<Binding<?>, Injector> owners = new IdentityHashMap<>();
  private final Map<List<Object>, Injector> ownersByKeyAndSource = new HashMap<>();

  /** A component by its key; a list of them for a key bound in several private modules. */
  private final Map<Key<?>, Object> componentsByKey;

  /**
   * What each explicit binding of the root injector produced, by key: its component, or the binding
   * itself when it is not a component. A dependency of a root binding is looked up here first,
   * once, rather than in the injector and then among the components.
   */
  private final Map<Key<?>, Object> rootTargets;

  /** The positions of the components an unmanaged binding leads to, in ascending order. */
  private final Map<Binding<?>, int[]> reachable = new IdentityHashMap<>();

  private final Injector root;

  private DependencyGraph(Injector root, List<ManagedComponent> components) {
    this.root = root;
    componentsByKey = new HashMap<>(components.size() * 4 / 3 + 1);
    for (ManagedComponent component : components) {
      Object same = componentsByKey.putIfAbsent(component.key(), component);
      if (same != null) {
        List<ManagedComponent> several =
            same instanceof ManagedComponent
                ? new ArrayList<>(List.of((ManagedComponent) same))
                : cast(same);
        several.add(component);
        componentsByKey.put(component.key(), several);
      }
    }
    rootTargets = new HashMap<>(root.getBindings().size() * 4 / 3 + 1);
    BindingEdges.forEachBinding(
        root,
        (binding, owner) -> {
          if (owner == root) {
            ManagedComponent component = componentOf(binding);
            rootTargets.put(binding.getKey(), component != null ? component : binding);
          } else { // the root cannot see a private module's bindings
            owners.putIfAbsent(binding, owner);
            ownersByKeyAndSource.putIfAbsent(List.of(binding.getKey(), binding.getSource()), owner);
          }
        });
  }

  @SuppressWarnings("unchecked")
  private static List<ManagedComponent> cast(Object several) {
    return (List<ManagedComponent>) several;
  }

  /**
   * Resolves the dependencies of every component and stores them on it, each list in start order.
   *
   * @param root the container's injector
   * @param components every component of the run, in start order: the one at position {@code i} has
   *     start order {@code i + 1}
   */
  public static void resolve(Injector root, List<ManagedComponent> components) {
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i).startOrder() != i + 1) {
        throw new IllegalArgumentException(
            "component " + components.get(i) + " is at position " + i + " of the start order");
      }
    }
    DependencyGraph graph = new DependencyGraph(root, components);
    BitSet dependencies = new BitSet(components.size());
    for (ManagedComponent component : components) {
      graph.collect(component.binding(), graph.ownerOf(component.binding()), dependencies, null);
      dependencies.clear(component.startOrder() - 1);
      if (dependencies.isEmpty()) {
        component.dependencies(List.of());
        continue;
      }
      ManagedComponent[] inStartOrder = new ManagedComponent[dependencies.cardinality()];
      int n = 0;
      for (int i = dependencies.nextSetBit(0); i >= 0; i = dependencies.nextSetBit(i + 1)) {
        inStartOrder[n++] = components.get(i);
      }
      component.dependencies(List.of(inStartOrder));
      dependencies.clear();
    }
  }

  /**
   * The order to stop {@code components} in: a component stops only after every component that
   * depends on it; among those free to stop, the one that started last goes first. A cycle (only
   * possible through {@code Provider<T>} edges) is broken at the component that started last.
   * Dependencies must have been {@link #resolve resolved}; without them this is reverse start
   * order.
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
   * {@code Provider<T>} reaching a later component breaks it. Then reverse start order is the stop
   * order.
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
      owner =
          ownersByKeyAndSource.getOrDefault(List.of(binding.getKey(), binding.getSource()), root);
    }
    return owner;
  }

  /**
   * Adds the positions of the components {@code binding} leads to, stopping at each component.
   * {@code visiting} holds the unmanaged bindings on the current path, or is null at the start of a
   * walk.
   */
  private void collect(
      Binding<?> binding, Injector injector, BitSet out, Map<Binding<?>, Boolean> visiting) {
    for (Key<?> key : BindingEdges.dependencyKeys(binding)) {
      Key<?> target = BindingEdges.target(key);
      Object rootTarget = injector == root ? rootTargets.get(target) : null;
      if (rootTarget instanceof ManagedComponent) {
        out.set(((ManagedComponent) rootTarget).startOrder() - 1);
        continue;
      }
      Binding<?> next;
      Injector nextInjector;
      if (rootTarget != null) {
        next = (Binding<?>) rootTarget;
        nextInjector = root;
      } else {
        BindingEdges.Located located = BindingEdges.locateTarget(injector, target);
        if (located == null) {
          continue;
        }
        next = located.binding();
        ManagedComponent component = componentOf(next);
        if (component != null) {
          out.set(component.startOrder() - 1);
          continue;
        }
        Injector owner = owners.get(next);
        nextInjector = owner != null ? owner : located.injector();
      }
      for (int position : reachableFrom(next, nextInjector, visiting)) {
        out.set(position);
      }
    }
  }

  /**
   * The component a binding produced, found by key, then by identity or, since Guice may hand a
   * provision listener another object than the injector's binding for the same key (it does for
   * scoped provider-instance bindings), by the binding's source.
   */
  private ManagedComponent componentOf(Binding<?> binding) {
    Object sameKey = componentsByKey.get(binding.getKey());
    if (sameKey == null) {
      return null;
    }
    if (sameKey instanceof ManagedComponent) {
      ManagedComponent only = (ManagedComponent) sameKey;
      return only.binding() == binding || only.binding().getSource().equals(binding.getSource())
          ? only
          : null;
    }
    List<ManagedComponent> several = cast(sameKey);
    for (ManagedComponent candidate : several) {
      if (candidate.binding() == binding) {
        return candidate;
      }
    }
    for (ManagedComponent candidate : several) {
      if (candidate.binding().getSource().equals(binding.getSource())) {
        return candidate;
      }
    }
    return null;
  }

  private int[] reachableFrom(
      Binding<?> binding, Injector injector, Map<Binding<?>, Boolean> visiting) {
    int[] known = reachable.get(binding);
    if (known != null) {
      return known;
    }
    Map<Binding<?>, Boolean> path = visiting != null ? visiting : new IdentityHashMap<>();
    if (path.put(binding, Boolean.TRUE) != null) {
      return NONE; // a cycle through unmanaged bindings
    }
    BitSet found = new BitSet();
    collect(binding, injector, found, path);
    path.remove(binding);
    int[] positions = found.stream().toArray();
    reachable.put(binding, positions);
    return positions;
  }
}
