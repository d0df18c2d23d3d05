package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Stage;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.generated.GeneratedGraphs;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** The generated graph of 100 classes as Cogwheel, plain Guice and Spring each see it. */
class ClassGraphContainersTest {
  private final List<Class<?>> classes = GeneratedGraphs.classes(100);
  private final LayeredGraph graph = LayeredGraph.of(100);
  private final Census census = new Census();

  @Test
  void cogwheelStartsAndStopsEveryClassInDependencyOrder() {
    Container container =
        Container.builder()
            .name("class-graph-test")
            .modules(new ClassGraphModule(classes, census))
            .build()
            .start();
    census.verifyStarted(classes.size());

    container.stop();

    census.verifyFullCycle(classes.size());
  }

  @Test
  void cogwheelSeesEveryEdgeOfTheGraph() {
    try (Container container =
        Container.builder()
            .name("class-graph-test")
            .modules(new ClassGraphModule(classes, census))
            .build()
            .start()) {
      Map<Class<?>, Component> components =
          container.components().stream()
              .collect(Collectors.toMap(Component::type, Function.identity()));
      assertThat(components.keySet()).containsExactlyInAnyOrderElementsOf(classes);
      for (int node = 0; node < classes.size(); node++) {
        List<Key<?>> expected =
            Arrays.stream(graph.dependenciesOf(node))
                .<Key<?>>mapToObj(d -> Key.get(classes.get(d)))
                .toList();

        assertThat(components.get(classes.get(node)).dependencies())
            .as("dependencies of node %d", node)
            .containsExactlyInAnyOrderElementsOf(expected);
      }
    }
  }

  @Test
  void springStartsAndStopsEveryClassInDependencyOrder() {
    AnnotationConfigApplicationContext context = SpringClassGraph.context(classes, census);
    context.refresh();
    census.verifyStarted(classes.size());

    context.close();

    census.verifyFullCycle(classes.size());
  }

  @Test
  void leastLifecycleStartsAndStopsEveryClassInDependencyOrder() {
    LeastLifecycle lifecycle = new LeastLifecycle();
    Guice.createInjector(Stage.PRODUCTION, new ClassGraphModule(classes, census), lifecycle);
    census.verifyStarted(classes.size());

    lifecycle.stop();

    census.verifyFullCycle(classes.size());
  }

  @Test
  void leastLifecycleByTypeStartsAndStopsEveryClassInDependencyOrder() {
    LeastLifecycleByType lifecycle = new LeastLifecycleByType();
    Guice.createInjector(Stage.PRODUCTION, new ClassGraphModule(classes, census), lifecycle);
    census.verifyStarted(classes.size());

    lifecycle.stop();

    census.verifyFullCycle(classes.size());
  }

  @Test
  void plainGuiceCreatesEveryClassWithoutALifecycle() {
    Injector injector =
        Guice.createInjector(Stage.PRODUCTION, new ClassGraphModule(classes, census));

    assertThat(injector.getInstance(classes.get(99))).isNotNull();
    assertThat(census.startedCount()).isZero();
  }
}
