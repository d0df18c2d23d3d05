package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogwheel.benchmarks.generated.GeneratedGraphs;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated class graphs against the {@link LayeredGraph} whose shape they must have. */
class GeneratedGraphsTest {

  @Test
  void eachClassInjectsTheCensusAndExactlyTheNodesItDependsOnInTheLayeredGraph() {
    for (int size : GeneratedGraphs.SIZES) {
      LayeredGraph graph = LayeredGraph.of(size);
      List<Class<?>> classes = GeneratedGraphs.classes(size);
      assertThat(classes).hasSize(size);
      for (int node = 0; node < size; node++) {
        List<Class<?>> expected = new ArrayList<>();
        expected.add(Census.class);
        for (int dependency : graph.dependenciesOf(node)) {
          expected.add(classes.get(dependency));
        }

        assertThat(classes.get(node).getSimpleName()).isEqualTo("Service" + node);
        assertThat(injectConstructor(classes.get(node)).getParameterTypes())
            .as("constructor parameters of node %d of %d", node, size)
            .containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void eachClassIsASingletonWithOnePostConstructAndOnePreDestroyOfItsOwn() {
    for (int size : GeneratedGraphs.SIZES) {
      for (Class<?> type : GeneratedGraphs.classes(size)) {
        assertThat(type.isAnnotationPresent(Singleton.class)).as("%s is @Singleton", type).isTrue();
        assertThat(annotated(type, PostConstruct.class))
            .as("@PostConstruct of %s", type)
            .containsExactly("start");
        assertThat(annotated(type, PreDestroy.class))
            .as("@PreDestroy of %s", type)
            .containsExactly("stop");
      }
    }
  }

  @Test
  void aSizeThatWasNotGeneratedIsRefused() {
    assertThatThrownBy(() -> GeneratedGraphs.classes(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no graph of 7 classes was generated; sizes: " + GeneratedGraphs.SIZES);
  }

  private static Constructor<?> injectConstructor(Class<?> type) {
    List<Constructor<?>> constructors =
        Arrays.stream(type.getDeclaredConstructors())
            .filter(c -> c.isAnnotationPresent(Inject.class))
            .toList();
    assertThat(constructors).as("@Inject constructors of %s", type).hasSize(1);
    return constructors.get(0);
  }

  private static List<String> annotated(
      Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(annotation))
        .map(Method::getName)
        .toList();
  }
}
