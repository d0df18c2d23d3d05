package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The median and the range of a sample: what a report of noisy process timings quotes.
 *
 * @param median the middle value, or the mean of the two middle values of an even count
 * @param min the least value
 * @param max the greatest value
 */
public record Spread(double median, double min, double max) {
  /**
   * The spread of {@code values}.
   *
   * @throws IllegalArgumentException if there are none
   */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a spread needs at least one value");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    return new Spread(median, sorted.get(0), sorted.get(n - 1));
  }

  /**
   * The spread of the ratios of {@code values} to {@code baseline}, pair by pair: round {@code i}
   * of one variant against round {@code i} of the baseline, so that the machine's drift between
   * rounds cancels out.
   *
   * @throws IllegalArgumentException if the two differ in length or are empty
   */
  public static Spread ofRatios(List<Double> values, List<Double> baseline) {
    if (values.size() != baseline.size()) {
      throw new IllegalArgumentException(
          "ratios pair rounds: " + values.size() + " values against " + baseline.size());
    }
    List<Double> ratios = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      ratios.add(values.get(i) / baseline.get(i));
    }
    return of(ratios);
  }
}
