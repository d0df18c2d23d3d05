package dev.cogwheel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When one step of a component's lifecycle ran — its start (construction, injection and
 * {@code @PostConstruct}) or its release — and on which thread, so that a timeline can draw it as a
 * bar in the lane of that thread.
 *
 * @param begin when the step began
 * @param end when the step ended; not before {@code begin}
 * @param thread the name of the thread that ran the step
 */
public record Span(Instant begin, Instant end, String thread) {

  /**
   * Checks the span.
   *
   * @throws NullPointerException if any part is null
   * @throws IllegalArgumentException if {@code end} is before {@code begin}
   */
  public Span {
    Objects.requireNonNull(begin, "begin");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(thread, "thread");
    if (end.isBefore(begin)) {
      throw new IllegalArgumentException(
          "Span.end must not be before its begin " + begin + ", got " + end);
    }
  }

  /** How long the step took: from {@link #begin} to {@link #end}. */
  public Duration duration() {
    return Duration.between(begin, end);
  }
}
