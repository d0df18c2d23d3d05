package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a run as Markdown tables, one per {@link Layout}: a row per scenario and parameter
 * set, with the subject's score (Cogwheel's, or the parallel start's), each baseline's, the ratio
 * of the subject to each baseline, and the goal with whether it was met.
 *
 * <p>Rows come in {@link Scenario} order, then by parameter value (numerically where the values are
 * numbers). A score is shown with its 99.9% confidence half-width; a missing contender as {@code
 * —}. {@linkplain Contender#DIAGNOSTIC Diagnostic} measurements are listed under their table, each
 * with its ratio to each floor of its row and the subject's ratio to it.
 */
public final class ReportTable {
  private final List<ScenarioRow> rows;

  private ReportTable(List<ScenarioRow> rows) {
    this.rows = rows;
  }

  /**
   * Arranges {@code measurements} into rows.
   *
   * @throws IllegalArgumentException if a benchmark class has no {@link Scenario}, a method is no
   *     {@link Contender} or none of its scenario's table, one row has two results for the same
   *     contender, or the contenders of one row report different units; the message names the
   *     benchmark
   */
  public static ReportTable of(List<Measurement> measurements) {
    Map<String, ScenarioRow> byKey = new LinkedHashMap<>();
    for (Measurement measurement : measurements) {
      Scenario scenario = Scenario.of(measurement.benchmark(), measurement.method());
      Contender contender = Contender.of(measurement.benchmark(), measurement.method());
      ScenarioRow row =
          byKey.computeIfAbsent(
              scenario.name() + measurement.params(),
              k -> new ScenarioRow(scenario, measurement.params()));
      row.add(contender, measurement);
    }
    List<ScenarioRow> rows = new ArrayList<>(byKey.values());
    rows.sort(
        Comparator.comparing(ScenarioRow::scenario)
            .thenComparing((a, b) -> compareParams(a.params(), b.params())));
    return new ReportTable(rows);
  }

  /**
   * The ratio of the subject to {@code baseline} in the row titled {@code title}, or {@code NaN} if
   * either is missing.
   *
   * @throws IllegalArgumentException if no row has that title
   */
  public double ratio(String title, Contender baseline) {
    return row(title).ratio(baseline);
  }

  /** The row titles, in order. */
  public List<String> titles() {
    return rows.stream().map(ScenarioRow::title).toList();
  }

  private ScenarioRow row(String title) {
    return rows.stream()
        .filter(r -> r.title().equals(title))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no row titled '" + title + "'; rows: " + titles()));
  }

  /**
   * The tables in Markdown, one per layout that has rows, each followed by its diagnostics (after a
   * blank line) and separated from the next by a blank line; ends with a line break.
   */
  public String render() {
    List<String> tables = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      List<ScenarioRow> tableRows =
          rows.stream().filter(row -> row.scenario().layout() == layout).toList();
      if (tableRows.isEmpty()) {
        continue;
      }
      StringBuilder table =
          new StringBuilder(
              MarkdownTable.render(
                  layout.header(),
                  layout.rightAligned(),
                  tableRows.stream().map(ScenarioRow::cells).toList()));
      StringBuilder diagnostics = new StringBuilder();
      tableRows.forEach(row -> diagnostics.append(row.diagnosticLines()));
      if (diagnostics.length() > 0) {
        table.append('\n').append(diagnostics);
      }
      tables.add(table.toString());
    }
    return String.join("\n", tables);
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
}
