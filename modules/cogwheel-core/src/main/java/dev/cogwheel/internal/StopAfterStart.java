package dev.cogwheel.internal;

/**
 * The stop a container asks of itself when its start has succeeded and {@code
 * -Dcogwheel.stopAfterStart=true} is set: a training run for the JVM's class caches, which ends
 * with a full, real start and a clean stop, so a service whose main waits for its container to stop
 * exits 0.
 */
public final class StopAfterStart {
  /** The system property that asks for it. */
  public static final String PROPERTY = "cogwheel.stopAfterStart";

  private StopAfterStart() {}

  /** Whether the system property asks for it, read at the time of the call. */
  public static boolean requested() {
    return Boolean.getBoolean(PROPERTY);
  }

  /**
   * Runs {@code stop} on a thread of its own, named {@code <container>-stop-after-start}, outside
   * the run's thread group so that it counts as a stop from outside. The thread is not a daemon: a
   * main that returns without waiting for the stop still has the container released before the JVM
   * exits.
   */
  static void begin(String containerName, ThreadGroup outside, Runnable stop) {
    new Thread(outside, stop, containerName + "-stop-after-start").start();
  }
}
