package dev.cogwheel.okhttp;

import java.util.Objects;

/**
 * An API answered a call with a status outside 2xx (after any retries the call was entitled to).
 *
 * <p>The message reads {@code GET https://api.example.com/v1/users/7 returned 404: {"error":"no
 * such user"}}. The body is an excerpt of at most {@value #MAX_BODY_CHARS} characters; the client's
 * token never appears in it, nor in the URL or the message.
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most characters of the response body kept in {@link #body()}. */
  public static final int MAX_BODY_CHARS = 1024;

  private final int status;
  private final String method;
  private final String url;
  private final String body;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status code
   * @param method the request's method
   * @param url the request's URL
   * @param body an excerpt of the response body, possibly empty; longer ones are cut to {@value
   *     #MAX_BODY_CHARS} characters
   */
  public ApiException(int status, String method, String url, String body) {
    super(message(status, method, url, excerpt(body)));
    this.status = status;
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.body = excerpt(body);
  }

  /** The HTTP status code, for example 404. */
  public int status() {
    return status;
  }

  /** The request's method, for example {@code GET}. */
  public String method() {
    return method;
  }

  /** The request's URL, query included. */
  public String url() {
    return url;
  }

  /**
   * The start of the response body, decoded as text: at most {@value #MAX_BODY_CHARS} characters,
   * ending with {@code …} when cut; empty if there was none or it could not be read.
   */
  public String body() {
    return body;
  }

  private static String excerpt(String body) {
    if (body == null) {
      return "";
    }
    return body.length() <= MAX_BODY_CHARS ? body : body.substring(0, MAX_BODY_CHARS - 1) + "…";
  }

  private static String message(int status, String method, String url, String body) {
    return method + " " + url + " returned " + status + (body.isEmpty() ? "" : ": " + body);
  }
}
