package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of {@code FreshJvmBenchmark}: a row per contender with its launches, the spread of its
 * start + stop in milliseconds and the median of per-round ratios of Cogwheel to it, and the
 * verdict on issue 24's target (Cogwheel at most 1.10 times the least lifecycle), in Markdown.
 */
public final class FreshJvmTable {
  /** Issue 24's bound on Cogwheel's ratio to the least lifecycle in a fresh JVM. */
  public static final double TARGET = 1.10;

  private static final String SUBJECT = "cogwheel";
  private static final String LEAST = "leastLifecycle";

  private FreshJvmTable() {}

  /**
   * Renders the table of {@code rounds}, each the milliseconds of every contender in one round.
   *
   * @param size the graph's size, for the heading
   * @param contenders the contenders in row order, {@code cogwheel} and {@code leastLifecycle}
   *     among them
   * @throws IllegalArgumentException if {@code rounds} is empty or a round lacks a contender
   */
  public static String render(int size, List<String> contenders, List<Map<String, Double>> rounds) {
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("no rounds");
    }
    List<String[]> lines = new ArrayList<>();
    for (String contender : contenders) {
      List<Double> millis = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (Map<String, Double> round : rounds) {
        Double value = round.get(contender);
        if (value == null || !round.containsKey(SUBJECT)) {
          throw new IllegalArgumentException("a round has no time of " + contender);
        }
        millis.add(value);
        ratios.add(round.get(SUBJECT) / value);
      }
      Spread spread = Spread.of(millis);
      lines.add(
          new String[] {
            contender,
            Integer.toString(millis.size()),
            String.format(
                Locale.ROOT, "%.0f (%.0f–%.0f)", spread.median(), spread.min(), spread.max()),
            contender.equals(SUBJECT)
                ? ""
                : String.format(Locale.ROOT, "%.2f×", Spread.of(ratios).median())
          });
    }
    double toLeast =
        Spread.of(rounds.stream().map(r -> r.get(SUBJECT) / r.get(LEAST)).toList()).median();
    return String.format(
            Locale.ROOT, "%nfresh JVM, first start + stop of %d @Singleton classes%n%n", size)
        + MarkdownTable.render(
            new String[] {
              "contender", "launches", "ms, median (min–max)", "Cogwheel ÷ it, median of rounds"
            },
            new boolean[] {false, true, true, true},
            lines)
        + String.format(
            Locale.ROOT,
            "%ntarget: Cogwheel ≤ %.2f× leastLifecycle: %s (%.2f×)%n",
            TARGET,
            toLeast <= TARGET ? "met" : "MISSED",
            toLeast);
  }
}
