package dev.cogwheel;

import com.google.inject.Key;
import java.util.Optional;

/**
 * Thrown by {@link Container#start()} when the container could not start.
 *
 * <p>By the time it is thrown every component that had started has been stopped again, in reverse
 * dependency order, and the container is {@link State#FAILED} (or {@link State#STOPPED} when a stop
 * interrupted the start). The cause is the original failure — the exception a constructor or a
 * {@code @PostConstruct} method threw, or Guice's {@link com.google.inject.CreationException} for a
 * configuration error. Failures of the rollback itself are attached as suppressed exceptions.
 */
public final class StartupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Key<?> component;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the container and, when known, the component
   * @param component the key of the component whose start failed, or {@code null} when the failure
   *     belongs to no single component (a configuration error, a stop during start)
   * @param cause the original failure
   */
  public StartupException(String message, Key<?> component, Throwable cause) {
    super(message, cause);
    this.component = component;
  }

  /**
   * The key of the component whose construction, injection or {@code @PostConstruct} failed, or
   * empty when the failure belongs to no single component.
   */
  public Optional<Key<?>> component() {
    return Optional.ofNullable(component);
  }
}
