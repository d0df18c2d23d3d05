package dev.cogwheel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Finds a cycle of start edges ({@link Node#startDependencies}) that contains at least one edge a
 * predicate singles out, by depth-first search; cycles without such an edge are Guice's to resolve.
 */
final class CycleFinder {
  private static final int NEW = 0;
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private final List<Node> nodes;
  private final BiPredicate<Node, Node> marked;
  private final int[] state;

  /**
   * @param marked whether the edge from a dependent to its dependency is one the cycle must contain
   */
  CycleFinder(List<Node> nodes, BiPredicate<Node, Node> marked) {
    this.nodes = nodes;
    this.marked = marked;
    this.state = new int[nodes.size()];
  }

  /**
   * A cycle in dependency order (each node depends on the next, the last on the first), or empty.
   */
  List<Node> find() {
    for (Node node : nodes) {
      if (state[node.index] == NEW) {
        List<Node> cycle = search(node);
        if (!cycle.isEmpty()) {
          return cycle;
        }
      }
    }
    return List.of();
  }

  private List<Node> search(Node start) {
    List<Node> path = new ArrayList<>();
    List<Integer> next = new ArrayList<>();
    path.add(start);
    next.add(0);
    state[start.index] = ON_PATH;
    while (!path.isEmpty()) {
      int top = path.size() - 1;
      Node node = path.get(top);
      int i = next.get(top);
      if (i == node.startDependencies.size()) {
        state[node.index] = DONE;
        path.remove(top);
        next.remove(top);
        continue;
      }
      next.set(top, i + 1);
      Node dependency = node.startDependencies.get(i);
      if (state[dependency.index] == ON_PATH) {
        List<Node> cycle = new ArrayList<>(path.subList(path.indexOf(dependency), path.size()));
        if (containsMarked(cycle)) {
          return cycle;
        }
      } else if (state[dependency.index] == NEW) {
        state[dependency.index] = ON_PATH;
        path.add(dependency);
        next.add(0);
      }
    }
    return List.of();
  }

  private boolean containsMarked(List<Node> cycle) {
    for (int i = 0; i < cycle.size(); i++) {
      if (marked.test(cycle.get(i), cycle.get((i + 1) % cycle.size()))) {
        return true;
      }
    }
    return false;
  }
}
