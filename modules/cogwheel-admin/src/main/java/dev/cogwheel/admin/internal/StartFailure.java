package dev.cogwheel.admin.internal;

import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import dev.cogwheel.StartupException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * What a timeline shows of a failed start: the component whose start failed, if the failure belongs
 * to one, and the class of the original failure (never its message, which can carry anything).
 *
 * <p>The failed component never started, so the container has no snapshot of it. It is drawn as a
 * {@link Component} whose span is estimated from what is known: from the end of the last component
 * that started to the beginning of the rollback (the first release), on no recorded thread.
 *
 * @param component the failed component with its estimated span, or {@code null}
 * @param cause the class name of the original failure
 */
public record StartFailure(Component component, String cause) {
  /**
   * The thread name of the estimated span: the thread that ran the failed start is not recorded.
   */
  private static final String UNKNOWN_THREAD = "";

  /**
   * The failure {@code failure} of a start whose components, in start order, were {@code started}.
   */
  public static StartFailure of(StartupException failure, List<Component> started) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    return new StartFailure(
        failure.component().map(key -> failed(key, started)).orElse(null),
        cause.getClass().getName());
  }

  private static Component failed(Key<?> key, List<Component> started) {
    Instant begin =
        started.stream()
            .map(c -> c.startSpan().end())
            .max(Comparator.naturalOrder())
            .orElseGet(Instant::now);
    Instant end =
        started.stream()
            .flatMap(c -> c.stopSpan().stream())
            .map(Span::begin)
            .filter(b -> !b.isBefore(begin))
            .min(Comparator.naturalOrder())
            .orElse(begin);
    Span span = new Span(begin, end, UNKNOWN_THREAD);
    int order = started.stream().mapToInt(Component::startOrder).max().orElse(0) + 1;
    return new Component(
        key,
        key.getTypeLiteral().getRawType(),
        order,
        span,
        span.duration(),
        List.of(),
        null,
        null);
  }
}
