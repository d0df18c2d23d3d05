package dev.cogwheel.internal;

/**
 * A JVM shutdown hook that stops a run: added at the first moment of its start, so a SIGTERM during
 * the start still releases what has started, and removed once the run has stopped.
 */
final class ShutdownHook {
  private final Thread thread;

  private ShutdownHook(Thread thread) {
    this.thread = thread;
  }

  /** Adds a hook that runs {@code stop} on a thread named {@code <container>-shutdown-hook}. */
  static ShutdownHook add(String containerName, Runnable stop) {
    Thread thread = new Thread(stop, containerName + "-shutdown-hook");
    Runtime.getRuntime().addShutdownHook(thread);
    return new ShutdownHook(thread);
  }

  /**
   * Removes the hook, unless it is the one running: then the JVM is exiting and it stops the run.
   */
  void remove() {
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(thread);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running or about to, and will find the run stopped
    }
  }
}
