package dev.cogwheel.benchmarks.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The least, the median and the greatest of a sample: what a noisy machine's figures are quoted as.
 *
 * @param min the least value
 * @param median the middle value, or the mean of the two middle values of an even sample
 * @param max the greatest value
 */
public record Spread(double min, double median, double max) {
  /**
   * The spread of {@code values}.
   *
   * @throws IllegalArgumentException if {@code values} is empty
   */
  public static Spread of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    double median =
        sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return new Spread(sorted[0], median, sorted[sorted.length - 1]);
  }
}
