package dev.cogwheel.benchmarks.internal;

import java.util.List;

/**
 * The columns of one table of the report: the contender measured (the subject) and the baselines it
 * is divided by. Each scenario belongs to one layout; the report prints one table per layout.
 */
public enum Layout {
  /**
   * What a start + stop costs: Cogwheel against the least lifecycle a user could write on Guice
   * (both variants), plain Guice (on JMH's thread and on a thread of its own) and Spring.
   */
  START_STOP(
      Contender.COGWHEEL,
      List.of(
          Contender.LEAST_LIFECYCLE,
          Contender.LEAST_LIFECYCLE_BY_TYPE,
          Contender.FLOOR,
          Contender.FLOOR_ON_A_THREAD,
          Contender.PEER)),
  /**
   * What the lifecycle costs: Cogwheel against plain Guice (on JMH's thread and on a thread of its
   * own) and Spring.
   */
  LIFECYCLE(
      Contender.COGWHEEL, List.of(Contender.FLOOR, Contender.FLOOR_ON_A_THREAD, Contender.PEER)),
  /**
   * What a parallel start gains: a parallel start against the sequential one and the critical path.
   */
  PARALLEL_START(Contender.PARALLEL, List.of(Contender.SEQUENTIAL, Contender.CRITICAL_PATH));

  private final Contender subject;
  private final List<Contender> baselines;

  Layout(Contender subject, List<Contender> baselines) {
    this.subject = subject;
    this.baselines = baselines;
  }

  /** The contender whose score is divided by each baseline's. */
  public Contender subject() {
    return subject;
  }

  /** The contenders the subject is compared with, in column order. */
  public List<Contender> baselines() {
    return baselines;
  }

  /** Whether {@code contender} has a column in this layout. */
  public boolean hasColumn(Contender contender) {
    return contender == subject || baselines.contains(contender);
  }

  /** The column headers: scenario, unit, each contender's score, each ratio, target and result. */
  public String[] header() {
    String[] header = new String[2 + 2 * baselines.size() + 1 + 2];
    int i = 0;
    header[i++] = "scenario";
    header[i++] = "unit";
    header[i++] = subject.label();
    for (Contender baseline : baselines) {
      header[i++] = baseline.label();
    }
    for (Contender baseline : baselines) {
      header[i++] = subject.label() + "/" + baseline.label();
    }
    header[i++] = "target";
    header[i] = "result";
    return header;
  }

  /** Which columns of {@link #header()} hold numbers, and are aligned right. */
  public boolean[] rightAligned() {
    boolean[] right = new boolean[header().length];
    for (int i = 2; i < right.length - 2; i++) {
      right[i] = true;
    }
    return right;
  }
}
