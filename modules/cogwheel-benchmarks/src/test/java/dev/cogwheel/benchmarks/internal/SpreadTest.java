package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void anOddSampleHasItsMiddleValueAsTheMedian() {
    assertThat(Spread.of(List.of(5.0, 1.0, 9.0, 3.0, 7.0))).isEqualTo(new Spread(1, 5, 9));
  }

  @Test
  void anEvenSampleHasTheMeanOfItsTwoMiddleValuesAsTheMedian() {
    assertThat(Spread.of(List.of(4.0, 1.0, 2.0, 10.0))).isEqualTo(new Spread(1, 3, 10));
  }

  @Test
  void anEmptySampleHasNoSpread() {
    assertThatThrownBy(() -> Spread.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no values");
  }
}
