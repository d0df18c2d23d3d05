package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results of a run as one Markdown table: a row per scenario and parameter set, with Cogwheel's
 * score, the floor's, the peer's (Spring), the ratios Cogwheel/floor and Cogwheel/Spring, and the
 * goal with whether it was met.
 *
 * <p>Rows come in {@link Scenario} order, then by parameter value (numerically where the values are
 * numbers). A score is shown with its 99.9% confidence half-width; a missing contender as {@code
 * —}. {@linkplain Contender#DIAGNOSTIC Diagnostic} measurements are listed under the table, each
 * with its ratio to the floor of its row.
 */
public final class ReportTable {
  private static final String MISSING = "—";
  private static final String[] HEADER = {
    "scenario",
    "unit",
    "Cogwheel",
    "floor",
    "Spring",
    "Cogwheel/floor",
    "Cogwheel/Spring",
    "target",
    "result"
  };
  private static final boolean[] RIGHT_ALIGNED = {
    false, false, true, true, true, true, true, false, false
  };

  private final List<Row> rows;

  private ReportTable(List<Row> rows) {
    this.rows = rows;
  }

  /**
   * Arranges {@code measurements} into rows.
   *
   * @throws IllegalArgumentException if a benchmark class has no {@link Scenario}, a method is no
   *     {@link Contender}, one row has two results for the same contender, or the contenders of one
   *     row report different units; the message names the benchmark
   */
  public static ReportTable of(List<Measurement> measurements) {
    Map<String, Row> byKey = new LinkedHashMap<>();
    for (Measurement measurement : measurements) {
      Scenario scenario = Scenario.of(measurement.benchmark());
      Contender contender = Contender.of(measurement.benchmark(), measurement.method());
      Row row =
          byKey.computeIfAbsent(
              measurement.benchmark() + measurement.params(),
              k -> new Row(scenario, measurement.params()));
      row.add(contender, measurement);
    }
    List<Row> rows = new ArrayList<>(byKey.values());
    rows.sort(
        Comparator.comparing((Row r) -> r.scenario)
            .thenComparing((a, b) -> compareParams(a.params, b.params)));
    return new ReportTable(rows);
  }

  /**
   * The ratio Cogwheel/floor of the row titled {@code title}, or {@code NaN} if either is missing.
   */
  public double ratioVsFloor(String title) {
    return row(title).ratio(Contender.FLOOR);
  }

  /**
   * The ratio Cogwheel/Spring of the row titled {@code title}, or {@code NaN} if either is missing.
   */
  public double ratioVsPeer(String title) {
    return row(title).ratio(Contender.PEER);
  }

  /** The row titles, in order. */
  public List<String> titles() {
    return rows.stream().map(Row::title).toList();
  }

  private Row row(String title) {
    return rows.stream()
        .filter(r -> r.title().equals(title))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no row titled '" + title + "'; rows: " + titles()));
  }

  /** The table in Markdown, columns padded to line up in a terminal, ending with a line break. */
  public String render() {
    List<String[]> lines = new ArrayList<>();
    lines.add(HEADER);
    for (Row row : rows) {
      lines.add(row.cells());
    }
    int[] widths = new int[HEADER.length];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, lines.get(0), widths);
    String[] rule = new String[HEADER.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] =
          RIGHT_ALIGNED[i] ? "-".repeat(Math.max(1, widths[i] - 1)) + ":" : "-".repeat(widths[i]);
    }
    appendLine(out, rule, widths);
    for (String[] line : lines.subList(1, lines.size())) {
      appendLine(out, line, widths);
    }
    for (Row row : rows) {
      for (Measurement diagnostic : row.diagnostics) {
        out.append("\ndiagnostic, ")
            .append(row.title())
            .append(": ")
            .append(diagnostic.method())
            .append(' ')
            .append(formatScore(diagnostic))
            .append(' ')
            .append(diagnostic.unit())
            .append(", ")
            .append(Row.formatRatio(row.ratioToFloor(diagnostic)))
            .append(" floor");
      }
    }
    if (rows.stream().anyMatch(row -> !row.diagnostics.isEmpty())) {
      out.append('\n');
    }
    return out.toString();
  }

  private static void appendLine(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      String padding = " ".repeat(widths[i] - cells[i].length());
      out.append(' ')
          .append(RIGHT_ALIGNED[i] ? padding + cells[i] : cells[i] + padding)
          .append(" |");
    }
    out.append('\n');
  }

  private static int compareParams(Map<String, String> a, Map<String, String> b) {
    for (Map.Entry<String, String> entry : a.entrySet()) {
      String other = b.get(entry.getKey());
      if (other == null) {
        continue;
      }
      int c = compareValues(entry.getValue(), other);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static int compareValues(String a, String b) {
    try {
      return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
    } catch (NumberFormatException e) {
      return a.compareTo(b);
    }
  }

  static String formatScore(Measurement measurement) {
    String score = formatNumber(measurement.score());
    return Double.isNaN(measurement.error())
        ? score
        : score + " ± " + formatNumber(measurement.error());
  }

  private static String formatNumber(double value) {
    double magnitude = Math.abs(value);
    String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
    return String.format(Locale.ROOT, pattern, value);
  }

  /** One scenario with one parameter set, and each contender's result. */
  private static final class Row {
    final Scenario scenario;
    final Map<String, String> params;
    final Map<Contender, Measurement> results = new EnumMap<>(Contender.class);
    final List<Measurement> diagnostics = new ArrayList<>();

    Row(Scenario scenario, Map<String, String> params) {
      this.scenario = scenario;
      this.params = params;
    }

    void add(Contender contender, Measurement measurement) {
      checkUnit(measurement);
      if (contender == Contender.DIAGNOSTIC) {
        diagnostics.add(measurement);
        return;
      }
      Measurement previous = results.put(contender, measurement);
      if (previous != null) {
        throw new IllegalArgumentException(
            measurement.benchmark()
                + " "
                + measurement.params()
                + " has two "
                + contender
                + " results: "
                + previous.method()
                + " and "
                + measurement.method());
      }
    }

    private void checkUnit(Measurement measurement) {
      List<Measurement> others = new ArrayList<>(results.values());
      others.addAll(diagnostics);
      for (Measurement other : others) {
        if (!other.unit().equals(measurement.unit())) {
          throw new IllegalArgumentException(
              measurement.benchmark()
                  + " "
                  + measurement.params()
                  + " mixes units: "
                  + other.method()
                  + " in "
                  + other.unit()
                  + ", "
                  + measurement.method()
                  + " in "
                  + measurement.unit());
        }
      }
    }

    String title() {
      return scenario.title(params);
    }

    double ratio(Contender other) {
      Measurement cogwheel = results.get(Contender.COGWHEEL);
      Measurement reference = results.get(other);
      return cogwheel == null || reference == null
          ? Double.NaN
          : cogwheel.score() / reference.score();
    }

    double ratioToFloor(Measurement measurement) {
      Measurement floor = results.get(Contender.FLOOR);
      return floor == null ? Double.NaN : measurement.score() / floor.score();
    }

    String[] cells() {
      double vsFloor = ratio(Contender.FLOOR);
      double vsPeer = ratio(Contender.PEER);
      Target target = scenario.target(params);
      return new String[] {
        title(),
        unit(),
        score(Contender.COGWHEEL),
        score(Contender.FLOOR),
        score(Contender.PEER),
        formatRatio(vsFloor),
        formatRatio(vsPeer),
        target.describe(),
        target.verdict(vsFloor, vsPeer)
      };
    }

    private String unit() {
      return results.isEmpty()
          ? diagnostics.get(0).unit()
          : results.values().iterator().next().unit();
    }

    private String score(Contender contender) {
      Measurement measurement = results.get(contender);
      return measurement == null ? MISSING : formatScore(measurement);
    }

    static String formatRatio(double ratio) {
      return Double.isNaN(ratio) ? MISSING : String.format(Locale.ROOT, "%.2f×", ratio);
    }
  }
}
