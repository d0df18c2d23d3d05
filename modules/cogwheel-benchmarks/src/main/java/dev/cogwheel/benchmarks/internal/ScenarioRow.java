package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One row of the report: a scenario with one parameter set, and each contender's result. */
final class ScenarioRow {
  static final String MISSING = "—";

  private final Scenario scenario;
  private final Map<String, String> params;
  private final Map<Contender, Measurement> results = new EnumMap<>(Contender.class);
  private final List<Measurement> diagnostics = new ArrayList<>();

  ScenarioRow(Scenario scenario, Map<String, String> params) {
    this.scenario = scenario;
    this.params = params;
  }

  Scenario scenario() {
    return scenario;
  }

  Map<String, String> params() {
    return params;
  }

  /**
   * Adds a result.
   *
   * @throws IllegalArgumentException if the contender has no column in the scenario's table, the
   *     row has a result of it already, or the result's unit differs from the others'
   */
  void add(Contender contender, Measurement measurement) {
    checkUnit(measurement);
    if (contender == Contender.DIAGNOSTIC) {
      diagnostics.add(measurement);
      return;
    }
    if (!scenario.layout().hasColumn(contender)) {
      throw new IllegalArgumentException(
          measurement.benchmark()
              + "."
              + measurement.method()
              + " is a "
              + contender.label()
              + " result, which the "
              + scenario.layout()
              + " table has no column for");
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

  /** The subject's score divided by {@code baseline}'s, or {@code NaN} if either is missing. */
  double ratio(Contender baseline) {
    Measurement subject = results.get(scenario.layout().subject());
    Measurement reference = results.get(baseline);
    return subject == null || reference == null ? Double.NaN : subject.score() / reference.score();
  }

  /** The cells of the row, in the order of the layout's header. */
  String[] cells() {
    Layout layout = scenario.layout();
    List<String> cells = new ArrayList<>();
    cells.add(title());
    cells.add(unit());
    cells.add(score(layout.subject()));
    Map<Contender, Double> ratios = new EnumMap<>(Contender.class);
    for (Contender baseline : layout.baselines()) {
      cells.add(score(baseline));
      ratios.put(baseline, ratio(baseline));
    }
    for (Contender baseline : layout.baselines()) {
      cells.add(formatRatio(ratios.get(baseline)));
    }
    Target target = scenario.target(params);
    cells.add(target.describe());
    Measurement subject = results.get(layout.subject());
    cells.add(
        target.verdict(
            ratios,
            subject == null ? Double.NaN : subject.score(),
            subject == null ? "" : subject.unit()));
    return cells.toArray(String[]::new);
  }

  /**
   * The diagnostics, one line each with its ratio to each floor the row has and the subject's ratio
   * to it, each line ending with a line break.
   */
  String diagnosticLines() {
    StringBuilder out = new StringBuilder();
    for (Measurement diagnostic : diagnostics) {
      out.append("diagnostic, ")
          .append(title())
          .append(": ")
          .append(diagnostic.method())
          .append(' ')
          .append(formatScore(diagnostic))
          .append(' ')
          .append(diagnostic.unit());
      for (Contender floor : List.of(Contender.FLOOR, Contender.FLOOR_ON_A_THREAD)) {
        Measurement reference = results.get(floor);
        if (reference != null) {
          out.append(", ")
              .append(formatRatio(diagnostic.score() / reference.score()))
              .append(' ')
              .append(floor.label());
        }
      }
      Contender subject = scenario.layout().subject();
      Measurement measured = results.get(subject);
      if (measured != null) {
        out.append("; ")
            .append(subject.label())
            .append(' ')
            .append(formatRatio(measured.score() / diagnostic.score()))
            .append(" it");
      }
      out.append('\n');
    }
    return out.toString();
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
}
