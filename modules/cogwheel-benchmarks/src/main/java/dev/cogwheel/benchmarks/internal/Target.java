package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A goal for one scenario: bounds on the ratio of the subject's score (Cogwheel's, or the parallel
 * start's) to given baselines' scores, for example at most 1.20 times plain Guice on a thread and
 * below Spring, and on the subject's score itself, for example at most 1,000 µs. Scores are times,
 * so lower is better. Immutable.
 */
public final class Target {
  /** No goal: the scenario is reported for information. */
  public static final Target NONE = new Target(List.of());

  /**
   * One bound: the ratio to {@code baseline} at most (or, if {@code strict}, below) {@code limit};
   * or, if {@code baseline} is null, the subject's own score in {@code unit} at most {@code limit}.
   */
  private record Bound(Contender baseline, double limit, boolean strict, String unit) {
    boolean met(double actual) {
      return strict ? actual < limit : actual <= limit;
    }

    String describe() {
      String relation = strict ? "<" : "≤";
      return baseline == null
          ? String.format(Locale.ROOT, "%s %.0f %s", relation, limit, unit)
          : String.format(Locale.ROOT, "%s %.2f× %s", relation, limit, baseline.label());
    }
  }

  private final List<Bound> bounds;

  private Target(List<Bound> bounds) {
    this.bounds = List.copyOf(bounds);
  }

  /** The subject at most {@code ratio} times {@code baseline}. */
  public static Target atMost(double ratio, Contender baseline) {
    return NONE.andAtMost(ratio, baseline);
  }

  /** This goal, and the subject at most {@code ratio} times {@code baseline}. */
  public Target andAtMost(double ratio, Contender baseline) {
    return with(new Bound(baseline, ratio, false, null));
  }

  /**
   * This goal, and the subject's score at most {@code limit} in {@code unit}, the unit JMH reports
   * it in (for example {@code us/op}).
   */
  public Target andScoreAtMost(double limit, String unit) {
    return with(new Bound(null, limit, false, unit));
  }

  /**
   * This goal, and the subject below {@code ratio} times {@code baseline} ({@code 1.0}: faster than
   * it).
   */
  public Target andBelow(double ratio, Contender baseline) {
    return with(new Bound(baseline, ratio, true, null));
  }

  private Target with(Bound bound) {
    List<Bound> more = new ArrayList<>(bounds);
    more.add(bound);
    return new Target(more);
  }

  /**
   * The goal in words, for example {@code ≤ 1.20× floor on a thread, < 1.00× Spring}; empty for
   * {@link #NONE}.
   */
  public String describe() {
    return bounds.stream().map(Bound::describe).collect(Collectors.joining(", "));
  }

  /**
   * Whether the ratios, by baseline, and the subject's {@code score} in {@code unit} meet the goal:
   * {@code met}, {@code MISSED}, or {@code n/a} if a ratio or the score the goal needs is missing
   * (absent or {@code NaN}, or the score in another unit); empty for {@link #NONE}.
   */
  public String verdict(Map<Contender, Double> ratios, double score, String unit) {
    if (bounds.isEmpty()) {
      return "";
    }
    boolean met = true;
    for (Bound bound : bounds) {
      Double actual =
          bound.baseline() == null
              ? (bound.unit().equals(unit) ? Double.valueOf(score) : null)
              : ratios.get(bound.baseline());
      if (actual == null || actual.isNaN()) {
        return "n/a";
      }
      met &= bound.met(actual);
    }
    return met ? "met" : "MISSED";
  }
}
