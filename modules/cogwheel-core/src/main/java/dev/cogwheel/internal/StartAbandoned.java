package dev.cogwheel.internal;

/**
 * Thrown from the start hook into Guice to end the injector's creation after a component failed or
 * the start was cancelled: the run reports the failure itself, so Guice's report of this one is
 * left out of the {@code StartupException}.
 */
final class StartAbandoned extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StartAbandoned(String message) {
    super(message, null, false, false);
  }

  /**
   * Whether every message of Guice's {@code exception} is about this abandonment or a cancelled
   * provision.
   */
  static boolean onlyCause(com.google.inject.CreationException exception) {
    for (com.google.inject.spi.Message message : exception.getErrorMessages()) {
      Throwable cause = message.getCause();
      if (!(cause instanceof StartAbandoned
          || cause instanceof java.util.concurrent.CancellationException)) {
        return false;
      }
    }
    return true;
  }
}
