package dev.cogwheel.okhttp.internal;

/**
 * Removes a secret from text bound for messages and logs: URLs, response excerpts, parser messages.
 * The secret is replaced by {@value #REDACTED}.
 */
public final class Redactor {
  /** What stands in for the secret. */
  public static final String REDACTED = "<redacted>";

  private static final Redactor NONE = new Redactor(null);

  private final String secret;

  private Redactor(String secret) {
    this.secret = secret;
  }

  /** A redactor of {@code secret}; one that changes nothing if it is null or empty. */
  public static Redactor of(String secret) {
    return secret == null || secret.isEmpty() ? NONE : new Redactor(secret);
  }

  /** {@code text} with every occurrence of the secret replaced; null stays null. */
  public String redact(String text) {
    return secret == null || text == null ? text : text.replace(secret, REDACTED);
  }

  /** Whether {@code text} contains the secret. */
  public boolean reveals(String text) {
    return secret != null && text != null && text.contains(secret);
  }

  /**
   * Whether {@code failure}, its causes or their suppressed exceptions mention the secret in their
   * messages.
   */
  public boolean reveals(Throwable failure) {
    if (secret == null) {
      return false;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (reveals(t.getMessage())) {
        return true;
      }
      for (Throwable suppressed : t.getSuppressed()) {
        if (reveals(suppressed)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return secret == null ? "Redactor[none]" : "Redactor[" + REDACTED + "]";
  }
}
