package dev.cogwheel.internal;

import dev.cogwheel.StartupException;
import java.time.Duration;

/**
 * Where a run reports its lifecycle: the container's listeners. An implementation never throws: a
 * listener's failure is its own to log.
 */
public interface RunEvents {
  /** The run is about to create its injector. */
  void starting();

  /** {@code component} has started; called in start order. */
  void componentStarted(ManagedComponent component);

  /** Every eager singleton has started. */
  void started(Duration duration);

  /** The start failed and was rolled back. */
  void startFailed(StartupException failure);

  /** A stop has begun. */
  void stopping();

  /** {@code component} has been released, or its release failed; called in stop order. */
  void componentStopped(ManagedComponent component);

  /** Every component has been released. */
  void stopped(Duration duration);
}
