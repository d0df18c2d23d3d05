package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class InterleavedRoundsTest {
  private static final long ONE_MILLISECOND = 1_000_000;

  @Test
  void turnsTheOrderRoundEveryOtherRound() {
    InterleavedRounds rounds = new InterleavedRounds(operations("a", "b", "c"), ONE_MILLISECOND);

    assertThat(rounds.order(0)).containsExactly("a", "b", "c");
    assertThat(rounds.order(1)).containsExactly("c", "b", "a");
    assertThat(rounds.order(2)).containsExactly("a", "b", "c");
  }

  @Test
  void runsOneBatchOfEachOperationPerRoundInThatOrder() {
    List<String> batches = new ArrayList<>();
    Map<String, Supplier<?>> operations = new LinkedHashMap<>();
    for (String name : List.of("a", "b", "c")) {
      operations.put(
          name,
          () -> {
            if (batches.isEmpty() || !batches.get(batches.size() - 1).equals(name)) {
              batches.add(name);
            }
            return name;
          });
    }

    Map<String, List<Double>> micros = new InterleavedRounds(operations, ONE_MILLISECOND).run(3);

    // a b c | c b a | a b c, where a batch that follows one of the same operation joins it
    assertThat(batches).containsExactly("a", "b", "c", "b", "a", "b", "c");
    assertThat(micros.keySet()).containsExactly("a", "b", "c");
    assertThat(micros.get("c")).hasSize(3).allSatisfy(m -> assertThat(m).isPositive());
    assertThat(micros.get("a")).hasSize(3).allSatisfy(m -> assertThat(m).isPositive());
    assertThat(micros.get("b")).hasSize(3).allSatisfy(m -> assertThat(m).isPositive());
  }

  @Test
  void theRatioIsTheMedianOfEachRoundsRatio() {
    double ratio =
        InterleavedRounds.medianRatio(List.of(10.0, 30.0, 12.0), List.of(10.0, 20.0, 10.0));

    assertThat(ratio).isEqualTo(1.2);
  }

  @Test
  void refusesRatiosOfDifferentNumbersOfRounds() {
    assertThatThrownBy(() -> InterleavedRounds.medianRatio(List.of(1.0), List.of(1.0, 2.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("per-round ratios need as many rounds of each, got 1 and 2");
  }

  @Test
  void refusesABatchTimeThatIsNotPositive() {
    assertThatThrownBy(() -> new InterleavedRounds(operations("a"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "InterleavedRounds needs at least one operation and a positive batch time, got [a]"
                + " and 0 ns");
  }

  private static Map<String, Supplier<?>> operations(String... names) {
    Map<String, Supplier<?>> operations = new LinkedHashMap<>();
    for (String name : names) {
      operations.put(name, () -> name);
    }
    return operations;
  }
}
