package dev.cogwheel.junit5.internal;

import dev.cogwheel.Container;
import dev.cogwheel.junit5.ThreadLeakError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the threads of a stopped container that are still alive after a grace period.
 *
 * <p>Only the container's own threads are looked at ({@link Container#threads()}: its thread
 * group), so containers of tests running in parallel never blame each other. OkHttp's JVM-wide
 * daemons, which cannot be stopped from outside and end on their own, are not counted.
 */
final class ThreadLeakCheck {
  /** How long the threads of a stopped container have to end. */
  static final Duration GRACE = Duration.ofSeconds(1);

  private static final int MIN_FRAMES = 8;
  private static final int MAX_FRAMES = 24;

  private ThreadLeakCheck() {}

  /**
   * Waits up to {@link #GRACE} for the threads of {@code container} to end, returning as soon as
   * they have, and describes those still alive then.
   *
   * @param subject what ran the container, for the message, for example {@code "Test.run()"}
   * @return the leak, or empty when every thread ended
   */
  static Optional<ThreadLeakError> check(Container container, String subject) {
    long deadline = System.nanoTime() + GRACE.toNanos();
    List<Thread> alive = leaked(container);
    boolean interrupted = false;
    while (!alive.isEmpty()) {
      long remainingMillis = Duration.ofNanos(deadline - System.nanoTime()).toMillis();
      if (remainingMillis <= 0) {
        break;
      }
      try {
        alive.get(0).join(remainingMillis);
      } catch (InterruptedException e) {
        interrupted = true;
        break;
      }
      alive = leaked(container);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return alive.isEmpty() ? Optional.empty() : Optional.of(error(container, subject, alive));
  }

  private static List<Thread> leaked(Container container) {
    List<Thread> threads = new ArrayList<>(container.threads());
    threads.removeIf(ThreadLeakCheck::isOkHttpJvmWideDaemon);
    return threads;
  }

  /**
   * OkHttp's {@code OkHttp TaskRunner} (renamed {@code OkHttp <task>} while it runs a task, for
   * example {@code OkHttp ConnectionPool connection closer}) and {@code Okio Watchdog}. The
   * connector's own dispatcher threads are renamed {@code OkHttp http://...} during a call, and
   * those do count.
   */
  static boolean isOkHttpJvmWideDaemon(Thread thread) {
    String name = thread.getName();
    return name.equals("Okio Watchdog")
        || (name.startsWith("OkHttp ") && !name.startsWith("OkHttp http"));
  }

  private static ThreadLeakError error(Container container, String subject, List<Thread> threads) {
    StringBuilder message =
        new StringBuilder()
            .append("Container '")
            .append(container.name())
            .append("' of ")
            .append(subject)
            .append(" left ")
            .append(threads.size())
            .append(threads.size() == 1 ? " thread" : " threads")
            .append(" running ")
            .append(GRACE.toSeconds())
            .append(" s after it stopped:");
    List<String> names = new ArrayList<>();
    for (Thread thread : threads) {
      names.add(thread.getName());
      message
          .append("\n  \"")
          .append(thread.getName())
          .append("\" (")
          .append(thread.isDaemon() ? "daemon, " : "")
          .append(thread.getState())
          .append("), where it is:");
      appendTop(message, thread.getStackTrace());
    }
    return new ThreadLeakError(message.toString(), names);
  }

  /**
   * Appends the top of {@code stack}: at least {@link #MIN_FRAMES} frames, and on to the first
   * frame outside the JDK when there is one within {@link #MAX_FRAMES}, so the code that owns the
   * thread shows even under a deep stack of JDK waiting.
   */
  private static void appendTop(StringBuilder message, StackTraceElement[] stack) {
    int shown = Math.min(stack.length, MIN_FRAMES);
    for (int i = 0; i < Math.min(stack.length, MAX_FRAMES); i++) {
      if (!isJdk(stack[i])) {
        shown = Math.max(shown, i + 1);
        break;
      }
    }
    for (int i = 0; i < shown; i++) {
      message.append("\n    at ").append(stack[i]);
    }
    if (shown < stack.length) {
      message.append("\n    ... ").append(stack.length - shown).append(" more");
    }
  }

  private static boolean isJdk(StackTraceElement frame) {
    String className = frame.getClassName();
    return className.startsWith("java.")
        || className.startsWith("jdk.")
        || className.startsWith("sun.");
  }
}
