package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the edges of a {@link Node}: the nodes its binding's dependencies lead to, directly or
 * through bindings that are not nodes (linked keys, unscoped constructors, provider methods,
 * multibindings, private modules' exposed keys). A {@code Provider<T>} dependency (Guice's or
 * {@code jakarta.inject}'s) leads to {@code T} lazily: an edge for the release order, not for the
 * start. What an unmanaged binding reaches is worked out once per binding.
 */
final class GraphEdges {
  private final ComponentGraph graph;

  /** Keys that modules declared a binding depends on, beyond what it injects. */
  private final Map<Key<?>, List<Key<?>>> declared;

  private final Map<Binding<?>, BitSet[]> reached = new IdentityHashMap<>();

  GraphEdges(ComponentGraph graph, Map<Key<?>, List<Key<?>>> declared) {
    this.graph = graph;
    this.declared = declared;
  }

  /** Scratch sets for {@link #connect}, cleared after each node: the graph has many nodes. */
  private final BitSet strongScratch = new BitSet();

  private final BitSet allScratch = new BitSet();

  /** Sets the start and release dependencies of {@code node}. Not thread-safe. */
  void connect(Node node, List<Node> byIndex) {
    BitSet strong = strongScratch;
    BitSet all = allScratch;
    collect(node.binding, node.dependencyKeys, node.owner, strong, all, null);
    strong.clear(node.index);
    all.clear(node.index);
    node.startDependencies = toNodes(strong, byIndex);
    node.dependencies = all.equals(strong) ? node.startDependencies : toNodes(all, byIndex);
    strong.clear();
    all.clear();
  }

  /**
   * The nodes that a dependency on {@code key}, seen from {@code injector}, leads to for the start.
   */
  BitSet startReach(Key<?> key, Injector injector) {
    BitSet strong = new BitSet();
    follow(key, injector, strong, new BitSet(), null);
    return strong;
  }

  private static List<Node> toNodes(BitSet positions, List<Node> byIndex) {
    if (positions.isEmpty()) {
      return List.of();
    }
    Node[] nodes = new Node[positions.cardinality()];
    int n = 0;
    for (int i = positions.nextSetBit(0); i >= 0; i = positions.nextSetBit(i + 1)) {
      nodes[n++] = byIndex.get(i);
    }
    return List.of(nodes);
  }

  private void collect(
      Binding<?> binding,
      List<Key<?>> keys,
      Injector injector,
      BitSet strong,
      BitSet all,
      Map<Binding<?>, Boolean> path) {
    for (Key<?> key : keys) {
      follow(key, injector, strong, all, path);
    }
    List<Key<?>> extra = declared.isEmpty() ? null : declared.get(binding.getKey());
    if (extra != null) {
      for (Key<?> key : extra) {
        follow(key, injector, strong, all, path);
      }
    }
  }

  private void follow(
      Key<?> key, Injector injector, BitSet strong, BitSet all, Map<Binding<?>, Boolean> path) {
    Key<?> target = BindingEdges.target(key);
    boolean lazy = target != key;
    Node node = injector == graph.root() ? graph.rootNode(target) : null;
    if (node == null) {
      BindingEdges.Located located = BindingEdges.locateTarget(injector, target);
      if (located == null) {
        return;
      }
      node = graph.nodeOf(located.binding());
      if (node == null) {
        BitSet[] reach =
            reachFrom(
                located.binding(), graph.ownerOf(located.binding(), located.injector()), path);
        all.or(reach[1]);
        if (!lazy) {
          strong.or(reach[0]);
        }
        return;
      }
    }
    all.set(node.index);
    if (!lazy) {
      strong.set(node.index);
    }
  }

  /** What an unmanaged binding leads to: {start, all}. */
  private BitSet[] reachFrom(Binding<?> binding, Injector injector, Map<Binding<?>, Boolean> path) {
    BitSet[] known = reached.get(binding);
    if (known != null) {
      return known;
    }
    Map<Binding<?>, Boolean> onPath = path != null ? path : new IdentityHashMap<>();
    if (onPath.put(binding, Boolean.TRUE) != null) {
      return new BitSet[] {new BitSet(), new BitSet()}; // a cycle through unmanaged bindings
    }
    BitSet strong = new BitSet();
    BitSet all = new BitSet();
    collect(binding, BindingEdges.dependencyKeys(binding), injector, strong, all, onPath);
    onPath.remove(binding);
    BitSet[] reach = {strong, all};
    reached.put(binding, reach);
    return reach;
  }
}
