package dev.cogwheel.okhttp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The retry decisions and delays, on a fixed clock and a fixed jitter. */
class RetryPolicyTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

  private static RetryPolicy policy(double jitter) {
    return new RetryPolicy(
        5,
        Duration.ofMillis(100),
        Duration.ofSeconds(1),
        Duration.ofSeconds(30),
        NOW,
        () -> jitter);
  }

  private static Optional<Duration> delayAfterAnswer(String retryAfter) {
    return policy(0).delayAfter(1, Headers.of("Retry-After", retryAfter));
  }

  @Test
  void backoffDoublesFromTheInitialBackoffUpToTheMaximum() {
    RetryPolicy top = policy(Math.nextDown(1.0));

    assertThat(top.backoff(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(top.backoff(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(top.backoff(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(top.backoff(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(top.backoff(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(top.backoff(80)).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void jitterTakesBetweenHalfAndAllOfTheBackoff() {
    assertThat(policy(0).backoff(3)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy(0.5).backoff(3)).isEqualTo(Duration.ofMillis(300));
    assertThat(policy(0).backoff(80)).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void withoutRetryAfterTheDelayIsTheBackoff() {
    assertThat(policy(0).delayAfter(2, Headers.of())).contains(Duration.ofMillis(100));
  }

  @Test
  void retryAfterInSecondsIsTheDelay() {
    assertThat(delayAfterAnswer("7")).contains(Duration.ofSeconds(7));
    assertThat(delayAfterAnswer(" 0 ")).contains(Duration.ZERO);
  }

  @Test
  void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
    assertThat(delayAfterAnswer("Sun, 22 Nov 2026 10:00:12 GMT")).contains(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterInThePastMeansNow() {
    assertThat(delayAfterAnswer("Sun, 22 Nov 2026 09:00:00 GMT")).contains(Duration.ZERO);
  }

  @Test
  void retryAfterBeyondTheBoundMeansNoRetry() {
    assertThat(delayAfterAnswer("31")).isEmpty();
    assertThat(delayAfterAnswer("99999999999999999")).isEmpty();
    assertThat(delayAfterAnswer("Sun, 22 Nov 2026 11:00:00 GMT")).isEmpty();
  }

  @Test
  void anUnreadableRetryAfterFallsBackToTheBackoff() {
    assertThat(delayAfterAnswer("soon")).contains(Duration.ofMillis(50));
    assertThat(delayAfterAnswer("-5")).contains(Duration.ofMillis(50));
  }

  @Test
  void onlyIdempotentMethodsAreRetried() {
    assertThat(RetryPolicy.isIdempotent("GET")).isTrue();
    assertThat(RetryPolicy.isIdempotent("PUT")).isTrue();
    assertThat(RetryPolicy.isIdempotent("DELETE")).isTrue();
    assertThat(RetryPolicy.isIdempotent("POST")).isFalse();
    assertThat(RetryPolicy.isIdempotent("PATCH")).isFalse();
  }

  @Test
  void onlyTooManyRequestsAndGatewayOrAvailabilityErrorsAreRetried() {
    assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(502)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(503)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(504)).isTrue();
    assertThat(RetryPolicy.isRetryableStatus(500)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(408)).isFalse();
    assertThat(RetryPolicy.isRetryableStatus(200)).isFalse();
  }
}
