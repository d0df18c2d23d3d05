package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The generated graph as Cogwheel, plain Guice and Spring each see it. */
class GraphContainersTest {
  private final LayeredGraph graph = LayeredGraph.of(10);
  private final Census census = new Census();

  @Test
  void cogwheelManagesEveryNodeAsAComponent() {
    try (Container container =
        Container.builder()
            .name("graph-test")
            .modules(new GuiceGraph(graph, census))
            .build()
            .start()) {
      List<Key<?>> expected =
          IntStream.range(0, graph.size()).<Key<?>>mapToObj(GuiceGraph::key).toList();

      assertThat(
              container.components().stream()
                  .filter(c -> c.type() == Node.class)
                  .map(Component::key))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void cogwheelSeesEveryEdgeOfTheGraph() {
    try (Container container =
        Container.builder()
            .name("graph-test")
            .modules(new GuiceGraph(graph, census))
            .build()
            .start()) {
      List<Component> nodes =
          container.components().stream().filter(c -> c.type() == Node.class).toList();
      assertThat(nodes).hasSize(graph.size());
      for (Component node : nodes) {
        int index = Integer.parseInt(((Named) node.key().getAnnotation()).value().substring(1));
        List<Key<?>> expected =
            Arrays.stream(graph.dependenciesOf(index)).<Key<?>>mapToObj(GuiceGraph::key).toList();

        assertThat(node.dependencies())
            .as("dependencies of n%d", index)
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void cogwheelStartsAndStopsEveryNodeInDependencyOrder() {
    Container container =
        Container.builder()
            .name("graph-test")
            .modules(new GuiceGraph(graph, census))
            .build()
            .start();
    assertThat(census.startedCount()).isEqualTo(graph.size());

    container.stop();

    census.verifyFullCycle(graph.size());
  }

  @Test
  void cogwheelRestartsEveryNode() {
    Container container =
        Container.builder()
            .name("graph-test")
            .modules(new GuiceGraph(graph, census))
            .build()
            .start();
    container.stop();
    census.reset();

    container.start();
    container.stop();

    census.verifyFullCycle(graph.size());
  }

  @Test
  void springStartsAndStopsEveryNodeInDependencyOrder() {
    AnnotationConfigApplicationContext context = SpringGraph.context(graph, census);
    context.refresh();
    assertThat(census.startedCount()).isEqualTo(graph.size());

    context.close();

    census.verifyFullCycle(graph.size());
  }

  @Test
  void springWiresEachNodeToItsDependencies() {
    try (AnnotationConfigApplicationContext context = SpringGraph.context(graph, census)) {
      context.refresh();

      assertThat(context.getBean("n9", Node.class).dependencies())
          .extracting(Node::name)
          .containsExactly("n5", "n6", "n7");
    }
  }

  @Test
  void leastLifecycleStartsAndStopsEveryNodeInDependencyOrder() {
    LeastLifecycle lifecycle = new LeastLifecycle();
    Guice.createInjector(Stage.PRODUCTION, new GuiceGraph(graph, census), lifecycle);
    census.verifyStarted(graph.size());

    lifecycle.stop();

    census.verifyFullCycle(graph.size());
  }

  @Test
  void leastLifecycleByTypeStartsAndStopsEveryNodeInDependencyOrder() {
    LeastLifecycleByType lifecycle = new LeastLifecycleByType();
    Guice.createInjector(Stage.PRODUCTION, new GuiceGraph(graph, census), lifecycle);
    census.verifyStarted(graph.size());

    lifecycle.stop();

    census.verifyFullCycle(graph.size());
  }

  @Test
  void plainGuiceCreatesEveryNodeWithoutALifecycle() {
    Injector injector = Guice.createInjector(Stage.PRODUCTION, new GuiceGraph(graph, census));

    assertThat(injector.getInstance(GuiceGraph.key(9)).dependencies())
        .extracting(Node::name)
        .containsExactly("n5", "n6", "n7");
    assertThat(census.startedCount()).isZero();
  }
}
