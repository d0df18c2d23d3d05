package dev.cogwheel.internal;

/**
 * A component that was still starting when the start ran out of time, with the stack of the thread
 * that was starting it: attached to the {@code StartupException}, so that a hung
 * {@code @PostConstruct} is found from the exception alone.
 */
final class StillStarting extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StillStarting(String message, StackTraceElement[] stack) {
    super(message, null, false, true);
    setStackTrace(stack);
  }
}
