package dev.cogwheel.benchmarks.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A goal for one scenario: Cogwheel's score at most a given multiple of the floor's, and below a
 * given multiple of the peer's. Scores are times, so lower is better.
 */
public final class Target {
  /** No goal: the scenario is reported for information. */
  public static final Target NONE = new Target(Double.NaN, Double.NaN);

  private final double maxVsFloor;
  private final double belowVsPeer;

  private Target(double maxVsFloor, double belowVsPeer) {
    this.maxVsFloor = maxVsFloor;
    this.belowVsPeer = belowVsPeer;
  }

  /** Cogwheel at most {@code ratio} times the floor. */
  public static Target vsFloor(double ratio) {
    return new Target(ratio, Double.NaN);
  }

  /**
   * Cogwheel at most {@code floorRatio} times the floor, and below {@code peerRatio} times the
   * peer.
   */
  public static Target vsFloorAndPeer(double floorRatio, double peerRatio) {
    return new Target(floorRatio, peerRatio);
  }

  /**
   * The goal in words, for example {@code ≤ 1.25× floor, < 1.00× Spring}; empty for {@link #NONE}.
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!Double.isNaN(maxVsFloor)) {
      parts.add(String.format(Locale.ROOT, "≤ %.2f× floor", maxVsFloor));
    }
    if (!Double.isNaN(belowVsPeer)) {
      parts.add(String.format(Locale.ROOT, "< %.2f× Spring", belowVsPeer));
    }
    return String.join(", ", parts);
  }

  /**
   * Whether the ratios meet the goal: {@code met}, {@code MISSED}, or {@code n/a} if a ratio the
   * goal needs is missing ({@code NaN}); empty for {@link #NONE}.
   */
  public String verdict(double cogwheelVsFloor, double cogwheelVsPeer) {
    if (this == NONE) {
      return "";
    }
    boolean needsFloor = !Double.isNaN(maxVsFloor);
    boolean needsPeer = !Double.isNaN(belowVsPeer);
    if ((needsFloor && Double.isNaN(cogwheelVsFloor))
        || (needsPeer && Double.isNaN(cogwheelVsPeer))) {
      return "n/a";
    }
    boolean met =
        (!needsFloor || cogwheelVsFloor <= maxVsFloor)
            && (!needsPeer || cogwheelVsPeer < belowVsPeer);
    return met ? "met" : "MISSED";
  }
}
