package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every singleton of one run and the edges between them, read from Guice's SPI once, before the
 * first singleton is built ({@link GraphReader}), and completed with the singletons created lazily.
 * The run starts it in dependency order, records each started instance on its {@link Node}, and
 * releases in the reverse.
 */
public final class ComponentGraph {
  private final Injector root;
  private final List<Node> nodes;

  /**
   * A node by its key; an immutable list of them for a key bound in several private modules. Read
   * without a lock: {@link #addLazy} replaces values, never changes them.
   */
  private final Map<Key<?>, Object> byKey;

  /** A linked singleton by its target's key, when no other binding reaches that target. */
  private final Map<Key<?>, Node> exclusiveLinks;

  /**
   * The objects the user made that have lifecycle methods: never started unless managed. Null when
   * there are none, the common case, which every unscoped provision then answers with one load.
   */
  private final Set<Object> userObjects;

  private final Map<Binding<?>, Injector> owners;
  private List<Node> creationOrder = List.of();

  ComponentGraph(
      Injector root,
      List<Node> nodes,
      Map<Key<?>, Node> exclusiveLinks,
      Set<Object> userObjects,
      Map<Binding<?>, Injector> owners) {
    this.root = root;
    this.nodes = new ArrayList<>(nodes);
    this.byKey = new ConcurrentHashMap<>(nodes.size() * 4 / 3 + 1);
    for (Node node : nodes) {
      index(node);
    }
    this.exclusiveLinks = exclusiveLinks;
    this.userObjects = userObjects.isEmpty() ? null : userObjects;
    this.owners = owners;
  }

  /** The graph of a run that has no injector: nothing to start. */
  public static ComponentGraph empty() {
    return new ComponentGraph(null, List.of(), Map.of(), Set.of(), Map.of());
  }

  private void index(Node node) {
    Object same = byKey.putIfAbsent(node.key, node);
    if (same != null) {
      List<Node> several =
          new ArrayList<>(same instanceof Node ? List.of((Node) same) : cast(same));
      several.add(node);
      byKey.put(node.key, List.copyOf(several));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Node> cast(Object several) {
    return (List<Node>) several;
  }

  /** Sets the eager nodes in the order Guice would create them, for a start that keeps it. */
  void creationOrder(List<Node> order) {
    this.creationOrder = order;
  }

  /** The eager nodes in the order Guice would create them (a node may appear more than once). */
  List<Node> creationOrder() {
    return creationOrder;
  }

  /** The nodes read before the start, in Guice's binding order, then those added lazily. */
  synchronized List<Node> nodes() {
    return List.copyOf(nodes);
  }

  /**
   * Whether {@code instance} is an object the user made and bound, which the container leaves
   * alone.
   */
  boolean isUserObject(Object instance) {
    return userObjects != null && userObjects.contains(instance);
  }

  /**
   * The node of {@code binding}, found by key, then by identity or, since Guice may hand a
   * provision listener another object than the injector's binding for the same key (it does for
   * scoped provider-instance bindings), by source; or null.
   */
  Node nodeOf(Binding<?> binding) {
    Object sameKey = byKey.get(binding.getKey());
    if (sameKey == null) {
      return null;
    }
    List<Node> candidates = sameKey instanceof Node ? List.of((Node) sameKey) : cast(sameKey);
    for (Node candidate : candidates) {
      if (candidate.binding == binding) {
        return candidate;
      }
    }
    for (Node candidate : candidates) {
      if (candidate.binding.getSource().equals(binding.getSource())) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The node that the root injector binds {@code key} to itself (not through a private module), or
   * null: what a dependency on {@code key} seen from the root leads to, in one lookup.
   */
  Node rootNode(Key<?> key) {
    Object sameKey = byKey.get(key);
    if (sameKey instanceof Node && ((Node) sameKey).owner == root) {
      return (Node) sameKey;
    }
    return null;
  }

  /** The root injector. */
  Injector root() {
    return root;
  }

  /**
   * The linked singleton whose instance a provision of {@code target} makes, when only it reaches
   * {@code target}.
   */
  Node exclusiveLinkTo(Key<?> target) {
    return exclusiveLinks.isEmpty() ? null : exclusiveLinks.get(target);
  }

  /**
   * Adds the node of a singleton that was not in the graph (a just-in-time binding made after the
   * graph was read, or a child injector's), with its edges to the nodes it reaches.
   */
  synchronized Node addLazy(Binding<?> binding) {
    Node known = nodeOf(binding);
    if (known != null || root == null) {
      return known;
    }
    Injector owner = owners.getOrDefault(binding, root);
    Node node = new Node(nodes.size(), binding, owner, false, false);
    nodes.add(node);
    index(node);
    new GraphEdges(this, Map.of()).connect(node, nodes);
    return node;
  }

  /** The injector that owns {@code binding}: the root, unless a private module's. */
  Injector ownerOf(Binding<?> binding, Injector seenFrom) {
    Injector owner = owners.get(binding);
    return owner != null ? owner : seenFrom;
  }

  /** An identity set, for the graph reader. */
  static <T> Set<T> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }
}
