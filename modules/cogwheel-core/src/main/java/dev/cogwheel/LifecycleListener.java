package dev.cogwheel;

import java.time.Duration;

/**
 * Receives the lifecycle events of a {@link Container}.
 *
 * <p>Listeners are registered with {@link Container.Builder#listener(LifecycleListener)}, or are
 * managed singletons that implement this interface: such a component receives the events of its
 * container from its own creation on, and the events of the same start that came before it ({@link
 * #starting}, then {@link #componentStarted} for each earlier component) are replayed to it first.
 * It keeps receiving events after its own release, up to and including {@link #stopped}, which is
 * how a metrics reporter sends one last report after every other component has stopped.
 *
 * <p>Events are delivered synchronously, on the thread doing the work, in this order: {@code
 * starting}, {@code componentStarted} for each component in start order, then {@code started} or
 * {@code startFailed}; later {@code stopping}, {@code componentStopped} for each component in stop
 * order, then {@code stopped}. A component created lazily while the container is running produces a
 * {@code componentStarted} event of its own. An exception thrown by a listener is logged and
 * otherwise ignored. Every method does nothing by default.
 */
public interface LifecycleListener {

  /** The container is about to create its injector. */
  default void starting(Container container) {}

  /**
   * A component has started: it was constructed, injected, and its {@code @PostConstruct} method
   * returned.
   */
  default void componentStarted(Container container, Component component) {}

  /** Every eager singleton has started; the container is {@link State#RUNNING}. */
  default void started(Container container, Duration duration) {}

  /**
   * The start failed; every component that had started has been stopped again and the container is
   * {@link State#FAILED} (or {@link State#STOPPED} when a stop interrupted the start).
   */
  default void startFailed(Container container, StartupException failure) {}

  /** A stop has begun: tasks are about to be cancelled and components released. */
  default void stopping(Container container) {}

  /**
   * A component has been released, or its release failed.
   *
   * @param component the component, with its {@link Component#stopDuration() stop duration} and, if
   *     its {@code @PreDestroy} or {@code close()} threw or ran past the stop timeout, its {@link
   *     Component#stopFailure() failure}
   */
  default void componentStopped(Container container, Component component) {}

  /** Every component has been released; the container is {@link State#STOPPED}. */
  default void stopped(Container container, Duration duration) {}
}
