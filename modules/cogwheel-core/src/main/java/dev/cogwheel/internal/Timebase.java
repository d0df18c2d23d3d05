package dev.cogwheel.internal;

import java.time.Instant;

/**
 * Turns {@link System#nanoTime()} readings of one run into instants: the wall-clock time and the
 * nano time read together once, so that each event of the run needs one clock read, and its spans
 * cannot move when the wall clock is set.
 */
record Timebase(Instant origin, long originNanos) {
  /** A timebase anchored now. */
  static Timebase now() {
    long nanos = System.nanoTime();
    return new Timebase(Instant.now(), nanos);
  }

  /** The instant of the {@link System#nanoTime()} reading {@code nanos}. */
  Instant at(long nanos) {
    return origin.plusNanos(nanos - originNanos);
  }
}
