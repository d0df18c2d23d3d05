package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import okhttp3.Response;

/**
 * Reads what one attempt of an exchange came to — an answer or an I/O failure — into an {@link
 * Outcome}, deciding between success, failure and retry.
 */
public final class OutcomeReader {
  private final RetryPolicy policy;
  private final Redactor redactor;

  /**
   * @param policy when to retry
   * @param redactor what removes the token from messages
   */
  public OutcomeReader(RetryPolicy policy, Redactor redactor) {
    this.policy = policy;
    this.redactor = redactor;
  }

  /**
   * The outcome of attempt number {@code attempt}, which got {@code response}: another attempt, or
   * what the exchange's {@link AnswerReader} makes of the answer. Reads the body but does not close
   * it.
   *
   * @param cancelledBecause why the call was cancelled, or null if it was not; asked only if
   *     reading the body fails
   */
  public <T> Outcome<T> read(
      Exchange<T> exchange, int attempt, Response response, Supplier<String> cancelledBecause) {
    int status = response.code();
    boolean success = status >= 200 && status < 300;
    if (!success && RetryPolicy.isRetryableStatus(status) && policy.mayRetry(exchange, attempt)) {
      Optional<Duration> delay = policy.delayAfter(attempt, response.headers());
      if (delay.isPresent()) {
        return Outcome.retry(delay.get(), "answered " + status);
      }
    }
    AnswerReader<T> answers = exchange.answers();
    try {
      return Outcome.success(
          success ? answers.success(exchange, response) : answers.failure(exchange, response));
    } catch (IOException e) {
      return read(exchange, attempt, e, cancelledBecause.get());
    } catch (RuntimeException e) {
      return Outcome.failure(e);
    }
  }

  /**
   * The outcome of attempt number {@code attempt}, which failed with {@code failure}.
   *
   * @param cancelledBecause why the call was cancelled, or null if it was not
   */
  public <T> Outcome<T> read(
      Exchange<T> exchange, int attempt, IOException failure, String cancelledBecause) {
    if (cancelledBecause != null) {
      return Outcome.failure(cancelled(exchange, cancelledBecause, failure));
    }
    String description = redactor.redact(String.valueOf(failure));
    if (policy.mayRetry(exchange, attempt)) {
      return Outcome.retry(policy.backoff(attempt), "failed: " + description);
    }
    String attempts = attempt > 1 ? " after " + attempt + " attempts" : "";
    IOException cause = redactor.reveals(failure) ? new IOException(description) : failure;
    return Outcome.failure(
        new UncheckedIOException(exchange + " failed" + attempts + ": " + description, cause));
  }

  /** The exception for an exchange cancelled because of {@code reason}. */
  public static CancellationException cancelled(
      Exchange<?> exchange, String reason, Throwable cause) {
    CancellationException exception =
        new CancellationException(exchange + " was cancelled: " + reason);
    if (cause != null) {
      exception.initCause(cause);
    }
    return exception;
  }
}
