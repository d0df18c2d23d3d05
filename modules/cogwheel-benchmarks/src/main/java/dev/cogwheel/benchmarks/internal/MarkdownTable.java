package dev.cogwheel.benchmarks.internal;

import java.util.List;

/** Renders a grid of cells as a Markdown table whose columns line up in a terminal. */
final class MarkdownTable {
  private MarkdownTable() {}

  /**
   * The table: the header, the rule (with {@code :} on the right of right-aligned columns) and the
   * lines, each cell padded to its column's width, each line ending with a line break.
   */
  static String render(String[] header, boolean[] rightAligned, List<String[]> lines) {
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
      for (String[] line : lines) {
        widths[i] = Math.max(widths[i], line[i].length());
      }
    }
    String[] rule = new String[header.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] =
          rightAligned[i] ? "-".repeat(Math.max(1, widths[i] - 1)) + ":" : "-".repeat(widths[i]);
    }
    StringBuilder out = new StringBuilder();
    appendLine(out, header, rightAligned, widths);
    appendLine(out, rule, rightAligned, widths);
    for (String[] line : lines) {
      appendLine(out, line, rightAligned, widths);
    }
    return out.toString();
  }

  private static void appendLine(
      StringBuilder out, String[] cells, boolean[] rightAligned, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      String padding = " ".repeat(widths[i] - cells[i].length());
      out.append(' ')
          .append(rightAligned[i] ? padding + cells[i] : cells[i] + padding)
          .append(" |");
    }
    out.append('\n');
  }
}
