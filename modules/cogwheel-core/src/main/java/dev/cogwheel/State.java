package dev.cogwheel;

/**
 * The lifecycle state of a {@link Container}.
 *
 * <p>The transitions are:
 *
 * <pre>
 *   NEW ──start()──▶ STARTING ──▶ RUNNING ──stop()──▶ STOPPING ──▶ STOPPED
 *                       │                                            │
 *                       └──(failure, rolled back)──▶ FAILED          │
 *   STOPPED, FAILED ──start()──▶ STARTING (a fresh injector) ◀───────┘
 * </pre>
 *
 * <p>A stop requested while the container is {@link #STARTING} interrupts the start: what has
 * started is stopped and the container ends {@link #STOPPED}.
 */
public enum State {
  /** Built, never started. */
  NEW,
  /** {@link Container#start()} is creating the injector and starting the eager singletons. */
  STARTING,
  /** Every eager singleton has started; tasks run. */
  RUNNING,
  /** Tasks are being drained and components released, in reverse dependency order. */
  STOPPING,
  /** Every component has been released (some releases may have failed). */
  STOPPED,
  /** The last start failed; every component it had started has been released. */
  FAILED
}
