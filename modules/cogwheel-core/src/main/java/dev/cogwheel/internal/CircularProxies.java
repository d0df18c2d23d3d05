package dev.cogwheel.internal;

import com.google.inject.Key;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says, at WARN, that a start built a dependency cycle that Guice resolved itself: legal, as in
 * plain Guice, but the member Guice began with was handed to another member before it had started
 * (a circular proxy while its constructor ran, or the instance itself before its members were
 * injected), so the start-order guarantee does not hold on that edge. A start builds each cycle
 * once (one unit of {@link StartUnits}), so it is said once per start.
 */
final class CircularProxies {
  private static final Logger log = LoggerFactory.getLogger(CircularProxies.class);

  private CircularProxies() {}

  /**
   * Warns about {@code cycle}, the nodes of one strongly connected unit, once all of them have
   * started. Guice builds the cycle inside the member it began with, which therefore completes
   * last; the member that injects it was given it early.
   */
  static void warn(Run run, List<Node> cycle) {
    if (!log.isWarnEnabled()) {
      return;
    }
    Node proxied = null;
    for (Node node : cycle) {
      ManagedComponent component = node.component;
      if (component == null) {
        return; // not started: Guice refused the cycle, and the start reports that
      }
      if (proxied == null || component.startOrder() > proxied.component.startOrder()) {
        proxied = node;
      }
    }
    List<Node> path = pathBack(proxied, cycle);
    Node holder = path.get(path.size() - 1);
    StringBuilder names = new StringBuilder();
    for (Node node : path) {
      names.append(node).append(" -> ");
    }
    names.append(proxied);
    log.warn(
        "Container '{}': Guice resolves the dependency cycle {} itself, so the start-order guarantee"
            + " does not hold there: {} is given its {} before {} has started (a circular proxy"
            + " while its constructor runs, or the instance before its members are injected and its"
            + " @PostConstruct has run); binder().disableCircularProxies() makes such a cycle an"
            + " error",
        run.name(),
        names,
        holder,
        KeyNames.describe(keyTo(run.graph(), holder, proxied)),
        proxied);
  }

  /**
   * The shortest path of start edges inside {@code cycle} from {@code proxied} to a node that
   * depends on it directly, both ends included.
   */
  private static List<Node> pathBack(Node proxied, List<Node> cycle) {
    Map<Node, Node> cameFrom = new HashMap<>();
    ArrayDeque<Node> queue = new ArrayDeque<>();
    queue.add(proxied);
    cameFrom.put(proxied, proxied);
    while (!queue.isEmpty()) {
      Node node = queue.poll();
      if (node != proxied && node.startDependencies.contains(proxied)) {
        List<Node> path = new ArrayList<>();
        for (Node at = node; at != proxied; at = cameFrom.get(at)) {
          path.add(at);
        }
        path.add(proxied);
        Collections.reverse(path);
        return path;
      }
      for (Node next : node.startDependencies) {
        if (cycle.contains(next) && cameFrom.putIfAbsent(next, node) == null) {
          queue.add(next);
        }
      }
    }
    return List.of(proxied); // not reached: a unit of several nodes is strongly connected
  }

  /** The key by which {@code holder} depends on {@code proxied}: what Guice resolved early. */
  private static Key<?> keyTo(ComponentGraph graph, Node holder, Node proxied) {
    GraphEdges edges = new GraphEdges(graph, Map.of());
    for (Key<?> key : holder.dependencyKeys) {
      if (BindingEdges.target(key) == key
          && edges.startReach(key, holder.owner).get(proxied.index)) {
        return key;
      }
    }
    return proxied.key;
  }
}
