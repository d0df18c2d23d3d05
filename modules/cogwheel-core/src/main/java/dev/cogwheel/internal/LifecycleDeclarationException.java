package dev.cogwheel.internal;

/**
 * A {@code LifecycleBinder} declaration that cannot be honoured: it names each one and where it was
 * made.
 */
public final class LifecycleDeclarationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LifecycleDeclarationException(String message) {
    super(message);
  }
}
