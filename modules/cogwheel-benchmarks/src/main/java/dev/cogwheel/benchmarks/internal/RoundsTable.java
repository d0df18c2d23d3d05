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
   * with a baseline carries the ratio, the target and {@code met} or {@code MISSED}, and one
   * compared with several has a line for each, in the order of {@code comparisons}.
   *
   * @throws IllegalArgumentException if a comparison names a contender without figures
   */
  public static String render(Map<String, List<Double>> micros, List<Comparison> comparisons) {
    List<String[]> lines = new ArrayList<>();
    for (Map.Entry<String, List<Double>> contender : micros.entrySet()) {
      Spread spread = Spread.of(contender.getValue());
      String[] figures = {
        contender.getKey(),
        String.valueOf(contender.getValue().size()),
        String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", spread.median(), spread.min(), spread.max())
      };
      boolean compared = false;
      for (Comparison comparison : comparisons) {
        if (comparison.contender().equals(contender.getKey())) {
          double ratio =
              InterleavedRounds.medianRatio(
                  contender.getValue(), figures(micros, comparison.baseline()));
          lines.add(
              line(
                  figures,
                  comparison.baseline(),
                  String.format(Locale.ROOT, "%.3f×", ratio),
                  String.format(Locale.ROOT, "≤ %.2f×", comparison.atMost()),
                  ratio <= comparison.atMost() ? "met" : "MISSED"));
          compared = true;
        }
      }
      if (!compared) {
        lines.add(line(figures, "", "", "", ""));
      }
    }
    return MarkdownTable.render(HEADER, RIGHT, lines);
  }

  private static String[] line(String[] figures, String... comparison) {
    String[] line = new String[figures.length + comparison.length];
    System.arraycopy(figures, 0, line, 0, figures.length);
    System.arraycopy(comparison, 0, line, figures.length, comparison.length);
    return line;
  }

  private static List<Double> figures(Map<String, List<Double>> micros, String name) {
    List<Double> figures = micros.get(name);
    if (figures == null) {
      throw new IllegalArgumentException("no figures of " + name + " to compare with");
    }
    return figures;
  }
}
