package dev.cogwheel.okhttp;

import java.util.Objects;

/**
 * An API answered with a 2xx status but a body that is not the JSON expected: malformed JSON, or
 * JSON that does not fit the requested type.
 *
 * <p>The message names the call and where parsing failed, for example {@code GET
 * https://api.example.com/v1/users/7 returned a body that is not a User: Cannot deserialize value
 * of type `int` from String "x" at line 1, column 8 (path: age)}. The cause is Jackson's exception.
 */
public final class ApiDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String method;
  private final String url;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the call and where parsing failed
   * @param method the request's method
   * @param url the request's URL
   * @param cause the parser's exception
   */
  public ApiDecodingException(String message, String method, String url, Throwable cause) {
    super(message, cause);
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
  }

  /** The request's method, for example {@code GET}. */
  public String method() {
    return method;
  }

  /** The request's URL, query included. */
  public String url() {
    return url;
  }
}
