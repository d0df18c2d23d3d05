package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Registers every node of a {@link LayeredGraph} in a Spring context as a singleton {@link Node}
 * bean named {@code n<i>}, with an instance supplier and {@code depends-on} for its dependencies,
 * so that Spring creates the dependencies first, destroys the dependents first, and calls the
 * nodes' {@code @PostConstruct} and {@code @PreDestroy} through its annotation processing.
 */
public final class SpringGraph {
  private SpringGraph() {}

  /**
   * A new context, not yet refreshed, with every node of {@code graph} registered.
   *
   * @param graph the graph to register
   * @param census where the nodes count their lifecycle
   */
  public static AnnotationConfigApplicationContext context(LayeredGraph graph, Census census) {
    AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
    for (int node = 0; node < graph.size(); node++) {
      String name = LayeredGraph.name(node);
      int[] dependencyNodes = graph.dependenciesOf(node);
      String[] dependencyNames = new String[dependencyNodes.length];
      for (int i = 0; i < dependencyNodes.length; i++) {
        dependencyNames[i] = LayeredGraph.name(dependencyNodes[i]);
      }
      context.registerBean(
          name,
          Node.class,
          () -> {
            List<Node> dependencies = new ArrayList<>(dependencyNames.length);
            for (String dependency : dependencyNames) {
              dependencies.add(context.getBean(dependency, Node.class));
            }
            return new Node(name, census, dependencies);
          },
          definition -> definition.setDependsOn(dependencyNames));
    }
    return context;
  }
}
