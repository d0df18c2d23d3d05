package dev.cogwheel.okhttp.internal;

import dev.cogwheel.okhttp.ApiSettings;
import java.util.Objects;
import java.util.function.Function;

/**
 * The way from an {@link ApiSettings} to its token for the clients made in this package, since
 * {@code ApiSettings} does not show it publicly. {@code ApiSettings} hands over its reader once,
 * when its class is initialized, so the reader is in place before any settings exist.
 */
public final class TokenAccess {
  private static Function<ApiSettings, String> reader;

  private TokenAccess() {}

  /**
   * Installs the token reader. Called once, by {@code ApiSettings}.
   *
   * @throws IllegalStateException if a reader is installed already
   */
  public static synchronized void install(Function<ApiSettings, String> tokenReader) {
    if (reader != null) {
      throw new IllegalStateException("the token reader of ApiSettings is installed already");
    }
    reader = Objects.requireNonNull(tokenReader, "tokenReader");
  }

  /** The token of {@code settings}, or null if it has none. */
  static synchronized String token(ApiSettings settings) {
    return reader.apply(settings);
  }
}
