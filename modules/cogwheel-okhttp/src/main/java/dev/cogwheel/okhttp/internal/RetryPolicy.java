package dev.cogwheel.okhttp.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.Headers;

/**
 * When an API call is tried again, and after how long: idempotent methods, on connection failures
 * and on 429, 502, 503 and 504, up to a number of attempts, with exponential backoff and jitter,
 * honouring {@code Retry-After} up to a bound.
 */
public final class RetryPolicy {
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Clock clock;
  private final DoubleSupplier random;

  /**
   * @param maxAttempts the most attempts of one call, the first included
   * @param initialBackoff the backoff after the first attempt, before jitter
   * @param maxBackoff the largest backoff, before jitter
   * @param maxRetryAfter the longest {@code Retry-After} honoured
   * @param clock the clock an HTTP-date {@code Retry-After} is measured against
   * @param random uniform numbers in [0, 1) for the jitter
   */
  public RetryPolicy(
      int maxAttempts,
      Duration initialBackoff,
      Duration maxBackoff,
      Duration maxRetryAfter,
      Clock clock,
      DoubleSupplier random) {
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.maxRetryAfter = maxRetryAfter;
    this.clock = clock;
    this.random = random;
  }

  /** A policy on the system clock with a thread-local random jitter. */
  public RetryPolicy(
      int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    this(
        maxAttempts,
        initialBackoff,
        maxBackoff,
        maxRetryAfter,
        Clock.systemUTC(),
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** Whether a call with {@code method} may be sent more than once. */
  public static boolean isIdempotent(String method) {
    return IDEMPOTENT.contains(method);
  }

  /** Whether an answer with {@code status} is worth trying again: 429, 502, 503, 504. */
  public static boolean isRetryableStatus(int status) {
    return RETRYABLE.contains(status);
  }

  /** The most attempts of one call. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** Whether another attempt may follow attempt number {@code attempt} (1 for the first). */
  public boolean mayRetry(Exchange<?> exchange, int attempt) {
    return exchange.idempotent() && attempt < maxAttempts;
  }

  /**
   * The wait after attempt number {@code attempt}: {@code initialBackoff * 2^(attempt-1)}, at most
   * {@code maxBackoff}, of which a uniformly random half to all is taken.
   */
  public Duration backoff(int attempt) {
    long initial = initialBackoff.toNanos();
    long max = maxBackoff.toNanos();
    int doublings = Math.min(Math.max(attempt - 1, 0), 62);
    long base = initial > (max >> doublings) ? max : Math.min(max, initial << doublings);
    long jittered = base / 2 + Math.round(random.getAsDouble() * (base - base / 2));
    return Duration.ofNanos(jittered);
  }

  /**
   * The wait after attempt number {@code attempt} that got an answer with {@code headers}: what
   * {@code Retry-After} asks for — in seconds or as an HTTP date, a past date meaning now — or else
   * the {@linkplain #backoff backoff}.
   *
   * @return the wait, or empty if {@code Retry-After} asks for more than {@code maxRetryAfter}
   */
  public Optional<Duration> delayAfter(int attempt, Headers headers) {
    Duration retryAfter = retryAfter(headers);
    if (retryAfter == null) {
      return Optional.of(backoff(attempt));
    }
    return retryAfter.compareTo(maxRetryAfter) > 0 ? Optional.empty() : Optional.of(retryAfter);
  }

  /** What {@code Retry-After} asks for, or null if it is absent or unreadable. */
  private Duration retryAfter(Headers headers) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.matches("\\d{1,18}")) {
      return Duration.ofSeconds(Long.parseLong(trimmed));
    }
    Date date = headers.getDate("Retry-After");
    if (date == null) {
      return null;
    }
    Duration until = Duration.between(clock.instant(), date.toInstant());
    return until.isNegative() ? Duration.ZERO : until;
  }
}
