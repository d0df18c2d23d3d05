package dev.cogwheel.benchmarks.internal;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The primary result of one benchmark method with one set of parameters.
 *
 * @param benchmark the simple name of the benchmark class, for example {@code StartStopBenchmark}
 * @param method the benchmark method, for example {@code cogwheel}
 * @param params the JMH parameters, by name (empty if none)
 * @param score the mean score
 * @param error the half-width of the 99.9% confidence interval, or {@code NaN} if JMH had too few
 *     samples for one
 * @param unit the score's unit, for example {@code us/op}
 */
public record Measurement(
    String benchmark,
    String method,
    Map<String, String> params,
    double score,
    double error,
    String unit) {

  /** Copies {@code params} into a map sorted by name. */
  public Measurement {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(unit, "unit");
    params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
  }
}
