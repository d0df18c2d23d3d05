package dev.cogwheel.okhttp.internal;

import com.fasterxml.jackson.databind.JavaType;
import okhttp3.Request;

/**
 * One API call as the client makes it, whatever the number of attempts: the request, the type its
 * answer is decoded to, and whether it may be retried.
 *
 * @param <T> the type of the decoded answer
 */
public final class Exchange<T> {
  private final Request request;
  private final String url;
  private final JavaType type;
  private final boolean idempotent;

  /**
   * @param request the request every attempt sends
   * @param url the request's URL as messages show it, the token removed
   * @param type the type the answer is decoded to; {@code Void} for none
   */
  Exchange(Request request, String url, JavaType type) {
    this.request = request;
    this.url = url;
    this.type = type;
    this.idempotent = RetryPolicy.isIdempotent(request.method());
  }

  /** The request every attempt sends. */
  public Request request() {
    return request;
  }

  /** The method, for example {@code GET}. */
  public String method() {
    return request.method();
  }

  /** The URL as messages show it. */
  public String url() {
    return url;
  }

  /** The type the answer is decoded to. */
  public JavaType type() {
    return type;
  }

  /** Whether the call may be retried: GET, HEAD, PUT, DELETE, OPTIONS. */
  public boolean idempotent() {
    return idempotent;
  }

  /** {@code <method> <url>}, as messages name the call. */
  @Override
  public String toString() {
    return method() + " " + url;
  }
}
