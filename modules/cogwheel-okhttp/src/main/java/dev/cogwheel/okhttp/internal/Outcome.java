package dev.cogwheel.okhttp.internal;

import java.time.Duration;

/**
 * What one attempt of an exchange came to: a value, a failure to report, or another attempt after a
 * delay.
 *
 * @param <T> the type of the value
 */
public final class Outcome<T> {
  private final T value;
  private final RuntimeException failure;
  private final Duration retryDelay;
  private final String retryReason;

  private Outcome(T value, RuntimeException failure, Duration retryDelay, String retryReason) {
    this.value = value;
    this.failure = failure;
    this.retryDelay = retryDelay;
    this.retryReason = retryReason;
  }

  /** The call succeeded with {@code value}, possibly null. */
  public static <T> Outcome<T> success(T value) {
    return new Outcome<>(value, null, null, null);
  }

  /** The call failed with {@code failure}; no further attempt. */
  public static <T> Outcome<T> failure(RuntimeException failure) {
    return new Outcome<>(null, failure, null, null);
  }

  /** The attempt failed because of {@code reason}; try again after {@code delay}. */
  public static <T> Outcome<T> retry(Duration delay, String reason) {
    return new Outcome<>(null, null, delay, reason);
  }

  /** Whether another attempt is due. */
  public boolean isRetry() {
    return retryDelay != null;
  }

  /** Whether the call failed for good. */
  public boolean isFailure() {
    return failure != null;
  }

  /** The value of a success. */
  public T value() {
    return value;
  }

  /** The failure of a failed call. */
  public RuntimeException failure() {
    return failure;
  }

  /** How long to wait before the next attempt. */
  public Duration retryDelay() {
    return retryDelay;
  }

  /** Why the attempt is retried, for the log: the status or the I/O failure. */
  public String retryReason() {
    return retryReason;
  }
}
