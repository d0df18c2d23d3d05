package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A goal for one scenario: bounds on the ratio of the subject's score (Cogwheel's, or the parallel
 * start's) to given baselines' scores, for example at most 1.20 times plain Guice on a thread and
 * below Spring. Scores are times, so lower is better. Immutable.
 */
public final class Target {
  /** No goal: the scenario is reported for information. */
  public static final Target NONE = new Target(List.of());

  /**
   * One bound: the ratio to {@code baseline} at most (or, if {@code strict}, below) {@code ratio}.
   */
  private record Bound(Contender baseline, double ratio, boolean strict) {
    boolean met(double actual) {
      return strict ? actual < ratio : actual <= ratio;
    }

    String describe() {
      return String.format(Locale.ROOT, "%s %.2f× %s", strict ? "<" : "≤", ratio, baseline.label());
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
    return with(new Bound(baseline, ratio, false));
  }

  /**
   * This goal, and the subject below {@code ratio} times {@code baseline} ({@code 1.0}: faster than
   * it).
   */
  public Target andBelow(double ratio, Contender baseline) {
    return with(new Bound(baseline, ratio, true));
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
   * Whether the ratios, by baseline, meet the goal: {@code met}, {@code MISSED}, or {@code n/a} if
   * a ratio the goal needs is missing (absent or {@code NaN}); empty for {@link #NONE}.
   */
  public String verdict(Map<Contender, Double> ratios) {
    if (bounds.isEmpty()) {
      return "";
    }
    boolean met = true;
    for (Bound bound : bounds) {
      Double ratio = ratios.get(bound.baseline());
      if (ratio == null || ratio.isNaN()) {
        return "n/a";
      }
      met &= bound.met(ratio);
    }
    return met ? "met" : "MISSED";
  }
}
