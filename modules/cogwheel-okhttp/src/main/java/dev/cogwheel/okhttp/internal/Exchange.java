package dev.cogwheel.okhttp.internal;

import okhttp3.Call;
import okhttp3.Request;

/**
 * One API call as the client makes it, whatever the number of attempts: the request, what its
 * answer is read into, and whether it may be retried. It can be cancelled by whoever made it.
 *
 * @param <T> the type of the exchange's value
 */
public final class Exchange<T> {
  private final Request request;
  private final Redactor redactor;
  private final AnswerReader<T> answers;
  private final boolean idempotent;
  private volatile Call attempt;
  private volatile boolean cancelled;

  /**
   * @param request the request every attempt sends
   * @param redactor what removes the token from the URL that messages show
   * @param answers what the final answer is read into
   */
  Exchange(Request request, Redactor redactor, AnswerReader<T> answers) {
    this.request = request;
    this.redactor = redactor;
    this.answers = answers;
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

  /**
   * The URL as messages show it, the token removed; made when a message asks for it, since a call
   * that succeeds never does.
   */
  public String url() {
    return redactor.redact(request.url().toString());
  }

  /** What the final answer is read into. */
  public AnswerReader<T> answers() {
    return answers;
  }

  /** Whether the call may be retried: GET, HEAD, PUT, DELETE, OPTIONS. */
  public boolean idempotent() {
    return idempotent;
  }

  /**
   * Cancels the attempt in flight, if any, and every later one: the exchange ends with a {@link
   * java.util.concurrent.CancellationException}. Idempotent; thread-safe.
   */
  public void cancel() {
    cancelled = true;
    Call current = attempt;
    if (current != null) {
      current.cancel();
    }
  }

  /** Whether {@link #cancel()} was called. */
  public boolean isCancelled() {
    return cancelled;
  }

  /** Records the call of the attempt about to start, cancelling it at once if the exchange is. */
  void attempting(Call call) {
    attempt = call;
    if (cancelled) {
      call.cancel();
    }
  }

  /** {@code <method> <url>}, as messages name the call. */
  @Override
  public String toString() {
    return method() + " " + url();
  }
}
