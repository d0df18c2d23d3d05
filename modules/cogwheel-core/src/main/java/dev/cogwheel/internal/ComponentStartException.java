package dev.cogwheel.internal;

/** Wraps what a {@code @PostConstruct} method threw, naming the class and the key. */
final class ComponentStartException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ComponentStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
