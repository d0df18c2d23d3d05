package dev.cogwheel.internal;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.spi.ElementSource;
import com.google.inject.spi.InstanceBinding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the modules of one run declared with {@code LifecycleBinder}, where, and how it changes the
 * graph: {@code dependsOn} edges (followed like injected dependencies), components that start
 * first, and bound objects to manage. Every declaration that cannot be honoured is reported at
 * once.
 */
final class Declarations {
  private record Declared(LifecycleDeclaration declaration, Object source, Injector injector) {
    String where() {
      if (source instanceof ElementSource) {
        ElementSource element = (ElementSource) source;
        List<String> modules = element.getModuleClassNames();
        return (modules.isEmpty() ? "" : "in module " + modules.get(0) + " ")
            + "at "
            + element.getDeclaringSource();
      }
      return "at " + source;
    }

    String describe() {
      return declaration.call() + " declared " + where();
    }
  }

  private final List<Declared> all = new ArrayList<>();
  private final Set<Key<?>> managed = new HashSet<>();
  private final Map<Key<?>, List<Key<?>>> dependsOn = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  void add(LifecycleDeclaration declaration, Object source, Injector injector) {
    all.add(new Declared(declaration, source, injector));
    List<Key<?>> keys = declaration.keys();
    switch (declaration.kind()) {
      case MANAGE -> managed.add(keys.get(0));
      case DEPENDS_ON ->
          dependsOn.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys.get(1));
      case START_FIRST -> {}
    }
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  boolean managed(Key<?> key) {
    return !managed.isEmpty() && managed.contains(key);
  }

  Map<Key<?>, List<Key<?>>> dependsOn() {
    return dependsOn;
  }

  /** Checks that every declared key is bound, and that what is to be managed is an object. */
  void checkBound() {
    for (Declared declared : all) {
      for (Key<?> key : declared.declaration().keys()) {
        BindingEdges.Located located = BindingEdges.locate(declared.injector(), key);
        if (located == null) {
          problems.add(declared.describe() + ": nothing binds " + KeyNames.describe(key));
        } else if (declared.declaration().kind() == LifecycleDeclaration.Kind.MANAGE
            && !(located.binding() instanceof InstanceBinding)
            && !Scoping.isSingleton(located.binding())) {
          problems.add(
              declared.describe()
                  + ": "
                  + KeyNames.describe(key)
                  + " is not bound to an object (toInstance) or a singleton; an unscoped instance cannot be released");
        }
      }
    }
    throwProblems();
  }

  /**
   * Makes every other component wait for those that start first, then checks the declared edges for
   * cycles.
   */
  void apply(ComponentGraph graph, List<Node> nodes, GraphEdges edges) {
    List<Node> first = new ArrayList<>();
    for (Declared declared : all) {
      if (declared.declaration().kind() == LifecycleDeclaration.Kind.START_FIRST) {
        Node node = nodeOf(graph, declared, declared.declaration().keys().get(0));
        if (node == null) {
          problems.add(
              declared.describe()
                  + ": "
                  + KeyNames.describe(declared.declaration().keys().get(0))
                  + " is not a component (a singleton, or an object the container manages)");
        } else {
          first.add(node);
        }
      }
    }
    throwProblems();
    if (!first.isEmpty()) {
      startFirst(first, nodes);
    }
    checkCycles(graph, nodes, edges);
  }

  private static Node nodeOf(ComponentGraph graph, Declared declared, Key<?> key) {
    BindingEdges.Located located = BindingEdges.locate(declared.injector(), key);
    return located == null ? null : graph.nodeOf(located.binding());
  }

  private static void startFirst(List<Node> first, List<Node> nodes) {
    BitSet early = new BitSet();
    Deque<Node> todo = new ArrayDeque<>(first);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!early.get(node.index)) {
        early.set(node.index);
        todo.addAll(node.startDependencies);
      }
    }
    for (Node node : nodes) {
      if (!early.get(node.index)) {
        node.startDependencies = plus(node.startDependencies, first);
        node.orderedAfter = plus(node.orderedAfter, first);
      }
    }
  }

  private static List<Node> plus(List<Node> some, List<Node> more) {
    List<Node> all = new ArrayList<>(some);
    for (Node node : more) {
      if (!all.contains(node)) {
        all.add(node);
      }
    }
    return List.copyOf(all);
  }

  /** Reports a cycle of start edges that a {@code dependsOn} declaration closes. */
  private void checkCycles(ComponentGraph graph, List<Node> nodes, GraphEdges edges) {
    Map<Long, Declared> declaredEdges = new HashMap<>();
    for (Declared declared : all) {
      if (declared.declaration().kind() != LifecycleDeclaration.Kind.DEPENDS_ON) {
        continue;
      }
      Node dependent = nodeOf(graph, declared, declared.declaration().keys().get(0));
      if (dependent == null) {
        continue;
      }
      Key<?> dependencyKey = declared.declaration().keys().get(1);
      Node dependency = nodeOf(graph, declared, dependencyKey);
      BitSet reached = new BitSet();
      if (dependency != null) {
        reached.set(dependency.index);
      } else {
        reached = edges.startReach(dependencyKey, declared.injector());
      }
      for (int i = reached.nextSetBit(0); i >= 0; i = reached.nextSetBit(i + 1)) {
        declaredEdges.put(((long) dependent.index << 32) | i, declared);
      }
    }
    if (declaredEdges.isEmpty()) {
      return;
    }
    List<Node> cycle =
        new CycleFinder(
                nodes,
                (from, to) -> declaredEdges.containsKey(((long) from.index << 32) | to.index))
            .find();
    if (cycle.isEmpty()) {
      return;
    }
    StringBuilder path = new StringBuilder();
    Declared closing = null;
    for (int i = 0; i < cycle.size(); i++) {
      Node from = cycle.get(i);
      Node to = cycle.get((i + 1) % cycle.size());
      path.append(i == 0 ? "" : " -> ").append(from);
      Declared edge = declaredEdges.get(((long) from.index << 32) | to.index);
      if (closing == null) {
        closing = edge;
      }
    }
    path.append(" -> ").append(cycle.get(0));
    problems.add(
        "LifecycleBinder declarations close a cycle of start order: "
            + path
            + " ("
            + closing.describe()
            + ")");
    throwProblems();
  }

  private void throwProblems() {
    if (!problems.isEmpty()) {
      throw new LifecycleDeclarationException(String.join("\n", problems));
    }
  }
}
