package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The launches of several variants of a service, round by round, and their table: per variant the
 * median and range of launch → first line and launch → ready, and the median and range of its
 * per-round ratios to the first variant, the baseline.
 */
public final class ColdStartTable {
  private final Map<String, List<Launch.Times>> byVariant = new LinkedHashMap<>();

  /** Records one launch of {@code variant}; a variant's launches are its rounds, in order. */
  public void add(String variant, Launch.Times times) {
    byVariant.computeIfAbsent(variant, v -> new ArrayList<>()).add(times);
  }

  /**
   * The table, in Markdown, milliseconds with one decimal and ratios with two.
   *
   * @throws IllegalStateException if nothing was recorded, or the variants have different numbers
   *     of launches
   */
  public String render() {
    if (byVariant.isEmpty()) {
      throw new IllegalStateException("no launch was recorded");
    }
    String baseline = byVariant.keySet().iterator().next();
    List<Double> baseFirst = millis(byVariant.get(baseline), true);
    List<Double> baseReady = millis(byVariant.get(baseline), false);
    List<String[]> lines = new ArrayList<>();
    for (Map.Entry<String, List<Launch.Times>> variant : byVariant.entrySet()) {
      List<Double> first = millis(variant.getValue(), true);
      List<Double> ready = millis(variant.getValue(), false);
      if (first.size() != baseFirst.size()) {
        throw new IllegalStateException(
            variant.getKey()
                + " has "
                + first.size()
                + " launches, "
                + baseline
                + " has "
                + baseFirst.size());
      }
      lines.add(
          new String[] {
            variant.getKey(),
            Integer.toString(first.size()),
            millis(Spread.of(first)),
            millis(Spread.of(ready)),
            ratio(Spread.ofRatios(first, baseFirst)),
            ratio(Spread.ofRatios(ready, baseReady))
          });
    }
    return MarkdownTable.render(
        new String[] {
          "variant",
          "launches",
          "launch → first line, ms",
          "launch → ready, ms",
          "first line / " + baseline,
          "ready / " + baseline
        },
        new boolean[] {false, true, true, true, true, true},
        lines);
  }

  private static List<Double> millis(List<Launch.Times> launches, boolean firstLine) {
    List<Double> values = new ArrayList<>(launches.size());
    for (Launch.Times times : launches) {
      values.add((firstLine ? times.firstLineNanos() : times.readyNanos()) / 1e6);
    }
    return values;
  }

  private static String millis(Spread spread) {
    return String.format(
        Locale.ROOT, "%.1f (%.1f–%.1f)", spread.median(), spread.min(), spread.max());
  }

  private static String ratio(Spread spread) {
    return String.format(
        Locale.ROOT, "%.2f (%.2f–%.2f)", spread.median(), spread.min(), spread.max());
  }
}
