package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The startup benchmark's table: per variant, the spread of launch → first line and launch → ready
 * over every round, and, for a variant compared with another, the median of the per-round ratios of
 * their times to ready (each round's launches ran one after the other, so a ratio of one round
 * shares that moment's machine).
 */
public final class StartupTable {
  private static final String[] HEADER = {
    "variant",
    "launches",
    "first line, median (min–max) ms",
    "ready, median (min–max) ms",
    "compared with",
    "ready ÷ that, median of rounds"
  };
  private static final boolean[] RIGHT = {false, true, true, true, false, true};

  private StartupTable() {}

  /**
   * Renders the table.
   *
   * @param variants the variants, in the table's order
   * @param rounds each round's times, by variant name; every round has every variant
   * @param baselines for a variant compared with another, the other's name
   */
  public static String render(
      List<StartupVariant> variants,
      List<Map<String, AppLaunch.Times>> rounds,
      Map<String, String> baselines) {
    List<String[]> lines = new ArrayList<>();
    for (StartupVariant variant : variants) {
      String name = variant.name();
      List<Double> firstLines = new ArrayList<>();
      List<Double> ready = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      String baseline = baselines.get(name);
      for (Map<String, AppLaunch.Times> round : rounds) {
        AppLaunch.Times times = round.get(name);
        firstLines.add(times.firstLineMillis());
        ready.add(times.readyMillis());
        if (baseline != null) {
          ratios.add(times.readyMillis() / round.get(baseline).readyMillis());
        }
      }
      lines.add(
          new String[] {
            name,
            String.valueOf(rounds.size()),
            spread(Spread.of(firstLines)),
            spread(Spread.of(ready)),
            baseline == null ? "" : baseline,
            baseline == null ? "" : format("%.2f×", Spread.of(ratios).median())
          });
    }
    return MarkdownTable.render(HEADER, RIGHT, lines);
  }

  private static String spread(Spread spread) {
    return format("%,.0f (%,.0f–%,.0f)", spread.median(), spread.min(), spread.max());
  }

  private static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }
}
