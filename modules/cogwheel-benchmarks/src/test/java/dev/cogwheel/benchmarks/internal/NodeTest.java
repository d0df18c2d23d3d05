package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeTest {
  private final Census census = new Census();
  private final Node dependency = new Node("n0", census, List.of());
  private final Node dependent = new Node("n1", census, List.of(dependency));

  @Test
  void refusesToStartBeforeItsDependency() {
    assertThatThrownBy(dependent::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("n1 started before its dependency n0");
    assertThat(census.startedCount()).isZero();
  }

  @Test
  void refusesToStopBeforeItsDependents() {
    dependency.start();
    dependent.start();

    assertThatThrownBy(dependency::stop)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("n0 stopped while 1 of its dependents still run");
    assertThat(census.stoppedCount()).isZero();
  }

  @Test
  void countsAStartAndAStopInDependencyOrder() {
    dependency.start();
    dependent.start();
    dependent.stop();
    dependency.stop();

    census.verifyFullCycle(2);
  }

  @Test
  void theCensusNamesBothCountsWhenACycleIsIncomplete() {
    dependency.start();

    assertThatThrownBy(() -> census.verifyFullCycle(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("expected 2 nodes started and stopped, but 1 started and 0 stopped");
  }
}
