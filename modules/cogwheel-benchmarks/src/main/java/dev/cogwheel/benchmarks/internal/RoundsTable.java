package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Markdown table of {@link InterleavedRounds}: each contender's spread of batch means and,
 * against the baseline it is compared with, the median of per-round ratios and its target.
 */
public final class RoundsTable {
  private static final String[] HEADER = {
    "contender",
    "rounds",
    "µs per call, median (min–max)",
    "compared with",
    "ratio, median of rounds",
    "target",
    "result"
  };
  private static final boolean[] RIGHT = {false, true, true, false, true, false, false};

  private RoundsTable() {}

  /**
   * A contender compared with a baseline, and the most their ratio may be.
   *
   * @param contender the contender's name
   * @param baseline the baseline's name
   * @param atMost the target: the greatest ratio that meets it
   */
  public record Comparison(String contender, String baseline, double atMost) {}

  /**
   * The table of {@code micros}, one line per contender in its order; a contender that is compared
   * with a baseline carries the ratio, the target and {@code met} or {@code MISSED}.
   *
   * @throws IllegalArgumentException if a comparison names a contender without figures
   */
  public static String render(Map<String, List<Double>> micros, List<Comparison> comparisons) {
    List<String[]> lines = new ArrayList<>();
    for (Map.Entry<String, List<Double>> contender : micros.entrySet()) {
      Spread spread = Spread.of(contender.getValue());
      String[] line = {
        contender.getKey(),
        String.valueOf(contender.getValue().size()),
        String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", spread.median(), spread.min(), spread.max()),
        "",
        "",
        "",
        ""
      };
      for (Comparison comparison : comparisons) {
        if (comparison.contender().equals(contender.getKey())) {
          double ratio =
              InterleavedRounds.medianRatio(
                  contender.getValue(), figures(micros, comparison.baseline()));
          line[3] = comparison.baseline();
          line[4] = String.format(Locale.ROOT, "%.3f×", ratio);
          line[5] = String.format(Locale.ROOT, "≤ %.2f×", comparison.atMost());
          line[6] = ratio <= comparison.atMost() ? "met" : "MISSED";
        }
      }
      lines.add(line);
    }
    return MarkdownTable.render(HEADER, RIGHT, lines);
  }

  private static List<Double> figures(Map<String, List<Double>> micros, String name) {
    List<Double> figures = micros.get(name);
    if (figures == null) {
      throw new IllegalArgumentException("no figures of " + name + " to compare with");
    }
    return figures;
  }
}
