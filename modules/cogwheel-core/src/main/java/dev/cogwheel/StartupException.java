package dev.cogwheel;

import com.google.inject.Key;
import java.util.Optional;

/**
 * Thrown by {@link Container#start()} when the container could not start.
 *
 * <p>By the time it is thrown every component that had started has been stopped again, in reverse
 * dependency order, and the container is {@link State#FAILED} (or {@link State#STOPPED} when a stop
 * interrupted the start). What it carries, by kind of failure:
 *
 * <ul>
 *   <li><b>A component failed</b> (its constructor, injection or {@code @PostConstruct} threw):
 *       {@link #component()} is its key and the cause is the exception as the user's code threw it.
 *       Guice's own report of it — its {@link com.google.inject.ProvisionException}, every message
 *       in Guice's words — is a suppressed exception, and so is Guice's {@link
 *       com.google.inject.CreationException} when the injector reported more than that failure.
 *   <li><b>Guice refused a component</b> without the user's code throwing (a constructor cycle
 *       through classes, which it cannot proxy): {@link #component()} is its key and the cause is
 *       Guice's {@link com.google.inject.ProvisionException}.
 *   <li><b>A configuration error</b> (a missing binding, a malformed injection point): the cause is
 *       Guice's {@link com.google.inject.CreationException}, unchanged, and there is no component.
 *   <li><b>A {@code LifecycleBinder} declaration</b> that cannot be honoured: the message names the
 *       declaration and the module that made it, and there is no component.
 *   <li><b>The {@linkplain Container.Builder#startTimeout start timeout} passed</b>: the cause is a
 *       {@link java.util.concurrent.TimeoutException}, the message names every component still
 *       starting, and each is a suppressed exception whose stack trace is that of the thread that
 *       was starting it; {@link #component()} is the one that had been starting longest.
 *   <li><b>A stop was requested</b> during the start: the message says so.
 * </ul>
 *
 * <p>Failures of the rollback itself are attached as suppressed exceptions too.
 *
 * <p>Guice's report, whether the cause or a suppressed exception, is carried once: where it is the
 * cause, the message gives a line per error of it instead ({@code Guice reported 1 error: ...}), so
 * that a printed stack trace shows the report once.
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
