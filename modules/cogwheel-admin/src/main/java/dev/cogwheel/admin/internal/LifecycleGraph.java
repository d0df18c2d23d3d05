package dev.cogwheel.admin.internal;

import dev.cogwheel.Component;
import dev.cogwheel.Container;
import java.util.List;
import java.util.Map;

/**
 * {@code /lifecycle/graph}: the dependency graph of the managed components in Graphviz DOT, one
 * node per component (labelled with its key and class, in start order) and an edge from each
 * component to each component it depends on. Render it with {@code dot -Tsvg}.
 */
public final class LifecycleGraph implements Endpoint {
  /** The media type of DOT, as Graphviz registers it. */
  public static final String CONTENT_TYPE = "text/vnd.graphviz; charset=utf-8";

  private final Container container;

  /** The graph of {@code container}. */
  public LifecycleGraph(Container container) {
    this.container = container;
  }

  @Override
  public Response respond(Map<String, String> query) {
    return Response.text(200, CONTENT_TYPE, dot(container.name(), container.components()));
  }

  /** The DOT text of {@code components}. */
  static String dot(String name, List<Component> components) {
    ComponentNames names = new ComponentNames(components);
    StringBuilder dot = new StringBuilder();
    dot.append("digraph ").append(quote(name)).append(" {\n");
    dot.append(
        "  // an edge goes from a component to one it depends on; nodes are numbered in start order\n");
    dot.append("  rankdir=BT;\n");
    dot.append("  node [shape=box, fontname=\"Helvetica\"];\n");
    for (Component component : components) {
      dot.append("  ")
          .append(node(component))
          .append(" [label=")
          .append(quote(component.name() + "\n" + component.type().getName()))
          .append("];\n");
    }
    for (Component component : components) {
      for (var key : component.dependencies()) {
        Component dependency = names.get(key);
        if (dependency != null) {
          dot.append("  ")
              .append(node(component))
              .append(" -> ")
              .append(node(dependency))
              .append(";\n");
        }
      }
    }
    return dot.append("}\n").toString();
  }

  private static String node(Component component) {
    return "c" + component.startOrder();
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
  }
}
