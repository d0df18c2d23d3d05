package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LayeredGraphTest {

  @Test
  void tenNodesMakeLayersOfFourFourAndTwo() {
    LayeredGraph graph = LayeredGraph.of(10);

    assertThat(graph.width()).isEqualTo(4);
    assertThat(graph.layers()).isEqualTo(3);
    assertThat(graph.dependenciesOf(0)).isEmpty();
    assertThat(graph.dependenciesOf(3)).isEmpty();
    assertThat(graph.dependenciesOf(4)).containsExactly(0, 1, 2);
    assertThat(graph.dependenciesOf(7)).containsExactly(3, 0, 1);
    assertThat(graph.dependenciesOf(9)).containsExactly(5, 6, 7);
    assertThat(graph.edges()).isEqualTo(18);
  }

  @Test
  void everyNodePastTheFirstLayerDependsOnThreeDistinctNodesOfThePreviousLayer() {
    LayeredGraph graph = LayeredGraph.of(1000);

    assertThat(graph.width()).isEqualTo(32);
    assertThat(graph.layers()).isEqualTo(32);
    for (int node = graph.width(); node < graph.size(); node++) {
      int previousLayer = node / graph.width() - 1;
      int[] dependencies = graph.dependenciesOf(node);
      assertThat(dependencies).doesNotHaveDuplicates().hasSize(LayeredGraph.FAN_IN);
      for (int dependency : dependencies) {
        assertThat(dependency / graph.width()).isEqualTo(previousLayer);
      }
    }
    assertThat(graph.edges()).isEqualTo((1000 - 32) * LayeredGraph.FAN_IN);
  }

  @Test
  void everyInnerNodeHasAsManyDependentsAsDependencies() {
    LayeredGraph graph = LayeredGraph.of(100);
    int[] dependents = new int[graph.size()];
    for (int node = 0; node < graph.size(); node++) {
      for (int dependency : graph.dependenciesOf(node)) {
        dependents[dependency]++;
      }
    }

    for (int node = 0; node < graph.size() - graph.width(); node++) {
      assertThat(dependents[node])
          .as("dependents of %s", LayeredGraph.name(node))
          .isEqualTo(LayeredGraph.FAN_IN);
    }
  }

  @Test
  void aGivenWidthMakesLayersOfThatWidth() {
    LayeredGraph graph = LayeredGraph.of(64, 8);

    assertThat(graph.layers()).isEqualTo(8);
    assertThat(graph.dependenciesOf(8)).containsExactly(0, 1, 2);
    assertThat(graph.dependenciesOf(63)).containsExactly(55, 48, 49);
    assertThat(graph.edges()).isEqualTo(56 * LayeredGraph.FAN_IN);
  }

  @Test
  void aWidthOfOneMakesAChain() {
    LayeredGraph graph = LayeredGraph.of(8, 1);

    assertThat(graph.layers()).isEqualTo(8);
    assertThat(graph.dependenciesOf(0)).isEmpty();
    for (int node = 1; node < 8; node++) {
      assertThat(graph.dependenciesOf(node)).containsExactly(node - 1);
    }
  }

  @Test
  void rejectsLayersWithoutWidth() {
    assertThatThrownBy(() -> LayeredGraph.of(8, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a LayeredGraph needs at least 1 node in layers of at least 1, got size 8 and width 0");
  }

  @Test
  void aSingleNodeHasNoDependencies() {
    LayeredGraph graph = LayeredGraph.of(1);

    assertThat(graph.layers()).isEqualTo(1);
    assertThat(graph.dependenciesOf(0)).isEmpty();
  }

  @Test
  void rejectsAGraphWithoutNodes() {
    assertThatThrownBy(() -> LayeredGraph.of(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a LayeredGraph needs at least 1 node, got size 0");
  }
}
