package dev.cogwheel;

import com.google.inject.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by {@link Container#stop()} when at least one component could not be released cleanly: its
 * {@code @PreDestroy} (or {@code close()}) method threw, or it ran past the container's stop
 * timeout. The other components were still stopped.
 *
 * <p>Every failure is attached as a suppressed exception, in stop order: the exception the method
 * threw, or a {@link java.util.concurrent.TimeoutException} naming the component. {@link
 * #failures()} gives the same failures by component key. The container is {@link State#STOPPED}
 * when this is thrown.
 */
public final class StopException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<Key<?>, Throwable> failures;

  /**
   * Creates the exception and attaches each failure as a suppressed exception.
   *
   * @param message what failed, naming the container
   * @param failures the failures by component key, in stop order; not empty
   */
  public StopException(String message, Map<Key<?>, Throwable> failures) {
    super(message);
    if (failures.isEmpty()) {
      throw new IllegalArgumentException("a StopException needs at least one failure");
    }
    this.failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    failures.values().forEach(this::addSuppressed);
  }

  /** The failures by the key of the component (or {@code Tasks}) that failed, in stop order. */
  public Map<Key<?>, Throwable> failures() {
    return failures;
  }
}
