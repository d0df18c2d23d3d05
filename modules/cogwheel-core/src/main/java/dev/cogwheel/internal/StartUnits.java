package dev.cogwheel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * What a start builds, in units: the eager nodes and every node they need to have started, grouped
 * so that each unit is one node or, for a dependency cycle that Guice resolves itself (with a
 * circular proxy, or an error), the nodes of the cycle, built together on one thread. Units form an
 * acyclic graph (strongly connected components, Tarjan's algorithm, iterative).
 */
final class StartUnits {
  /**
   * One unit of work: its nodes in binding order, and the units that wait for it. Its {@code order}
   * is when a depth-first walk from the nodes in binding order finishes it — the order in which
   * Guice, which creates dependencies inside their dependents, would complete them.
   */
  static final class Unit {
    final List<Node> nodes = new ArrayList<>();
    final List<Unit> dependents = new ArrayList<>();
    int waitingFor;
    final int order;

    Unit(int order) {
      this.order = order;
    }
  }

  private StartUnits() {}

  /**
   * The units that build the eager nodes of {@code nodes} and what they need, ordered as a walk
   * from {@code creationOrder} (Guice's order of eager creation) finishes them.
   */
  static List<Unit> of(List<Node> nodes, List<Node> creationOrder) {
    BitSet needed = new BitSet();
    List<Node> todo = new ArrayList<>();
    for (Node node : nodes) {
      if (node.eager && node.component == null) {
        todo.add(node);
      }
    }
    while (!todo.isEmpty()) {
      Node node = todo.remove(todo.size() - 1);
      if (!needed.get(node.index)) {
        needed.set(node.index);
        todo.addAll(node.startDependencies);
      }
    }
    return new Tarjan(nodes, needed).units(creationOrder);
  }

  private static final class Tarjan {
    private final List<Node> nodes;
    private final BitSet needed;
    private final int[] index;
    private final int[] low;
    private final boolean[] onStack;
    private final Unit[] unitOf;
    private int[] firstCreated; // by node index, made for the first cycle found

    /** The depth-first path: a node per level, and the next of its dependencies to follow. */
    private final Node[] path;

    private final int[] next;
    private final List<Node> stack = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private int counter = 1;

    Tarjan(List<Node> nodes, BitSet needed) {
      this.nodes = nodes;
      this.needed = needed;
      int n = nodes.size();
      index = new int[n];
      low = new int[n];
      onStack = new boolean[n];
      unitOf = new Unit[n];
      path = new Node[n];
      next = new int[n];
    }

    List<Unit> units(List<Node> creationOrder) {
      for (Node root : creationOrder) {
        if (needed.get(root.index) && index[root.index] == 0) {
          visit(root);
        }
      }
      for (int i = needed.nextSetBit(0); i >= 0; i = needed.nextSetBit(i + 1)) {
        if (index[i] == 0) {
          visit(nodes.get(i));
        }
      }
      int[] countedFor = new int[units.size()]; // the order + 1 of the unit that last counted it
      for (Unit unit : units) {
        for (Node node : unit.nodes) {
          for (Node dependency : node.startDependencies) {
            Unit other = unitOf[dependency.index];
            if (other != unit && countedFor[other.order] != unit.order + 1) {
              countedFor[other.order] = unit.order + 1;
              other.dependents.add(unit);
              unit.waitingFor++;
            }
          }
        }
        if (unit.nodes.size() > 1) {
          unit.nodes.sort(guiceFirst(creationOrder));
        }
      }
      return units;
    }

    /**
     * The nodes of a cycle in the order Guice would reach them, then in binding order: the one
     * built first is the one Guice begins the cycle with, so that the same member is handed a
     * circular proxy as without the container.
     */
    private Comparator<Node> guiceFirst(List<Node> creationOrder) {
      if (firstCreated == null) {
        firstCreated = new int[nodes.size()];
        Arrays.fill(firstCreated, Integer.MAX_VALUE);
        for (int i = creationOrder.size() - 1; i >= 0; i--) {
          firstCreated[creationOrder.get(i).index] = i;
        }
      }
      int[] first = firstCreated;
      return Comparator.<Node>comparingInt(node -> first[node.index])
          .thenComparingInt(node -> node.index);
    }

    /** Depth-first, with an explicit stack of (node, next dependency) frames. */
    private void visit(Node start) {
      int depth = 0;
      enter(start, depth++);
      while (depth > 0) {
        int top = depth - 1;
        Node node = path[top];
        int i = next[top];
        if (i < node.startDependencies.size()) {
          next[top] = i + 1;
          Node dependency = node.startDependencies.get(i);
          if (index[dependency.index] == 0) {
            enter(dependency, depth++);
          } else if (onStack[dependency.index]) {
            low[node.index] = Math.min(low[node.index], index[dependency.index]);
          }
          continue;
        }
        depth--;
        if (depth > 0) {
          Node parent = path[depth - 1];
          low[parent.index] = Math.min(low[parent.index], low[node.index]);
        }
        if (low[node.index] == index[node.index]) {
          Unit unit = new Unit(units.size());
          Node member;
          do {
            member = stack.remove(stack.size() - 1);
            onStack[member.index] = false;
            unitOf[member.index] = unit;
            unit.nodes.add(member);
          } while (member != node);
          units.add(unit);
        }
      }
    }

    private void enter(Node node, int depth) {
      index[node.index] = low[node.index] = counter++;
      stack.add(node);
      onStack[node.index] = true;
      path[depth] = node;
      next[depth] = 0;
    }
  }
}
