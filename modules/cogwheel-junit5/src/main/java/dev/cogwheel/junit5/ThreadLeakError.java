package dev.cogwheel.junit5;

import java.util.List;

/**
 * Fails a {@link CogwheelTest} whose container left threads running: threads of the container's own
 * thread group still alive one second after the container stopped.
 *
 * <p>The message names the container and the test, and gives each thread's name, state and the top
 * of its current stack ("where it is": at least eight frames, and down to the first frame outside
 * the JDK), for example:
 *
 * <pre>
 * Container 'ReminderCogTest' of ReminderCogTest.remindsAtNine() left 1 thread running 1 s after it stopped:
 *   "poller" (daemon, WAITING), where it is:
 *     at java.base@17.0.15/jdk.internal.misc.Unsafe.park(Native Method)
 *     ...
 *     at app//com.example.Poller.loop(Poller.java:42)
 *     ... 1 more
 * </pre>
 */
public final class ThreadLeakError extends AssertionError {
  private static final long serialVersionUID = 1L;

  private final List<String> threadNames;

  /**
   * Creates the error.
   *
   * @param message the description of the leak, naming every thread
   * @param threadNames the names of the threads still alive
   */
  public ThreadLeakError(String message, List<String> threadNames) {
    super(message);
    this.threadNames = List.copyOf(threadNames);
  }

  /** The names of the threads that were still alive, in the order the message lists them. */
  public List<String> threadNames() {
    return threadNames;
  }
}
