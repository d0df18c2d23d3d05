package dev.cogwheel.internal;

/** A {@code @PostConstruct} or {@code @PreDestroy} method that breaks the JSR-250 rules. */
public final class InvalidLifecycleMethodException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InvalidLifecycleMethodException(String message) {
    super(message);
  }
}
