package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void anOddCountHasItsMiddleValueAsTheMedian() {
    assertThat(Spread.of(List.of(5.0, 1.0, 3.0))).isEqualTo(new Spread(3.0, 1.0, 5.0));
  }

  @Test
  void anEvenCountHasTheMeanOfItsTwoMiddleValuesAsTheMedian() {
    assertThat(Spread.of(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(new Spread(3.5, 1.0, 10.0));
  }

  @Test
  void ratiosPairRoundsSoThatTheMachinesDriftCancelsOut() {
    // The machine slows down round by round; each round the variant takes half the baseline.
    List<Double> baseline = List.of(100.0, 200.0, 400.0);
    List<Double> variant = List.of(50.0, 100.0, 200.0);

    assertThat(Spread.ofRatios(variant, baseline)).isEqualTo(new Spread(0.5, 0.5, 0.5));
    assertThat(Spread.of(variant).median() / Spread.of(baseline).median()).isEqualTo(0.5);
  }

  @Test
  void theMedianRatioIsTheMedianOfThePerRoundRatios() {
    assertThat(Spread.ofRatios(List.of(90.0, 120.0, 50.0), List.of(100.0, 100.0, 100.0)))
        .isEqualTo(new Spread(0.9, 0.5, 1.2));
  }

  @Test
  void anEmptySampleIsRefused() {
    assertThatThrownBy(() -> Spread.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a spread needs at least one value");
  }

  @Test
  void ratiosOfSamplesOfDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> Spread.ofRatios(List.of(1.0, 2.0), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratios pair rounds: 2 values against 1");
  }
}
