package dev.cogwheel.okhttp.internal;

/**
 * Thrown when a call is made through a session, connector or API client that has been stopped.
 * Users see it as the {@link IllegalStateException} it is.
 */
public final class StoppedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is stopped and what was refused
   */
  public StoppedException(String message) {
    super(message);
  }
}
