package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
  void waitsItsStartTimeInItsPostConstruct() {
    Node slow = new Node("n2", census, List.of(), Duration.ofMillis(20));
    long begin = System.nanoTime();

    slow.start();

    assertThat(Duration.ofNanos(System.nanoTime() - begin))
        .isGreaterThanOrEqualTo(Duration.ofMillis(20));
    assertThat(census.startedCount()).isOne();
  }

  @Test
  void countsDependentsStartedAtOnceOnManyThreads() throws InterruptedException {
    dependency.start();
    List<Node> dependents =
        IntStream.range(0, 4000)
            .mapToObj(i -> new Node("d" + i, census, List.of(dependency)))
            .toList();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      List<Node> share = dependents.subList(t * 1000, (t + 1) * 1000);
      threads.add(new Thread(() -> share.forEach(Node::start)));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    dependents.forEach(Node::stop);
    dependency.stop();

    census.verifyFullCycle(4001);
  }

  @Test
  void theCensusNamesBothCountsWhenAStartIsIncomplete() {
    dependency.start();
    dependent.start();
    dependent.stop();

    assertThatThrownBy(() -> census.verifyStarted(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("expected 2 nodes started and none stopped, but 2 started and 1 stopped");
  }

  @Test
  void theCensusNamesBothCountsWhenACycleIsIncomplete() {
    dependency.start();

    assertThatThrownBy(() -> census.verifyFullCycle(2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("expected 2 nodes started and stopped, but 1 started and 0 stopped");
  }
}
