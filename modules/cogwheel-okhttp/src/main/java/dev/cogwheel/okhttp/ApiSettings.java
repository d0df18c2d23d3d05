package dev.cogwheel.okhttp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.cogwheel.okhttp.internal.TokenAccess;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link ApiClient} reaches its API: base URL, token, retries, JSON mapping. Immutable and
 * thread-safe; its {@link #toString()} never shows the token.
 *
 * <pre>{@code
 * ApiSettings site = ApiSettings.builder()
 *     .baseUrl("https://api.example.com/v1/")
 *     .token(System.getenv("SITE_TOKEN"))
 *     .maxAttempts(4)
 *     .build();
 * }</pre>
 *
 * <p>The base URL is checked when the client starts, not here, so that a value read from
 * configuration fails the container's start ({@link dev.cogwheel.StartupException}) with a message
 * that names the setting {@code baseUrl} and the value: it must be an absolute {@code http} or
 * {@code https} URL without query or fragment.
 *
 * <p>Defaults: no token, scheme {@code Bearer}, 3 attempts, backoff from 200 ms doubling up to 5 s,
 * {@code Retry-After} honoured up to 30 s, a Jackson mapper that ignores unknown properties.
 */
public final class ApiSettings {
  static {
    TokenAccess.install(ApiSettings::token);
  }

  private final String baseUrl;
  private final String token;
  private final String tokenScheme;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final ObjectMapper objectMapper;

  private ApiSettings(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.token = builder.token;
    this.tokenScheme = builder.tokenScheme;
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.objectMapper =
        builder.objectMapper != null
            ? builder.objectMapper
            : JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
  }

  /** A builder with the defaults and no base URL. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL as given, possibly invalid or {@code null}; checked when the client starts. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Whether a token is sent. */
  public boolean hasToken() {
    return token != null;
  }

  /** The token, or {@code null}; not public, so that it cannot leak through this type's API. */
  String token() {
    return token;
  }

  /** The scheme of the {@code Authorization} header, {@code Bearer} unless set. */
  public String tokenScheme() {
    return tokenScheme;
  }

  /** How many times an idempotent call is tried at most, the first time included. */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The backoff before the second attempt, before jitter; it doubles for each attempt after. */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /** The largest backoff, before jitter. */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The longest {@code Retry-After} that is honoured. A server asking for a longer wait gets no
   * retry: the call fails with its answer.
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The Jackson mapper for request and response bodies. */
  public ObjectMapper objectMapper() {
    return objectMapper;
  }

  @Override
  public String toString() {
    return "ApiSettings[baseUrl="
        + baseUrl
        + ", token="
        + (token == null ? "none" : "<redacted>")
        + ", tokenScheme="
        + tokenScheme
        + ", maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", maxRetryAfter="
        + maxRetryAfter
        + "]";
  }

  /**
   * Builds {@link ApiSettings}. Each setter but {@link #baseUrl} checks its value at once and
   * throws {@link IllegalArgumentException} naming the setting; the value of a rejected token is
   * never shown. Not thread-safe.
   */
  public static final class Builder {
    private String baseUrl;
    private String token;
    private String tokenScheme = "Bearer";
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(5);
    private Duration maxRetryAfter = Duration.ofSeconds(30);
    private ObjectMapper objectMapper;

    private Builder() {}

    /**
     * The base URL that paths are resolved against, for example {@code
     * https://api.example.com/v1/}. Required. A missing trailing slash is implied: {@code .../v1}
     * and {@code .../v1/} are the same base. Checked when the client starts.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * The token sent as {@code Authorization: <scheme> <token>} with every request; {@code null}
     * for none.
     *
     * @throws IllegalArgumentException if blank or not printable ASCII (the value is not shown)
     */
    public Builder token(String token) {
      if (token != null && (token.isBlank() || !token.matches("[\\x21-\\x7e]+"))) {
        throw new IllegalArgumentException(
            "ApiSettings.token must be printable ASCII without spaces (value not shown)");
      }
      this.token = token;
      return this;
    }

    /**
     * The scheme of the {@code Authorization} header. Default {@code Bearer}.
     *
     * @throws IllegalArgumentException if not a single word of letters, digits or {@code -._~+/}
     */
    public Builder tokenScheme(String tokenScheme) {
      if (tokenScheme == null || !tokenScheme.matches("[A-Za-z0-9\\-._~+/]+")) {
        throw new IllegalArgumentException(
            "ApiSettings.tokenScheme must be a single word such as Bearer or Token, got '"
                + tokenScheme
                + "'");
      }
      this.tokenScheme = tokenScheme;
      return this;
    }

    /**
     * How many times an idempotent call (GET, PUT, DELETE) is tried at most. Default 3; 1 turns
     * retries off.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException(
            "ApiSettings.maxAttempts must be at least 1, got " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The backoff before the second attempt. Default 200 ms. Each attempt waits a random time
     * between half and all of its backoff.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = positive("initialBackoff", initialBackoff);
      return this;
    }

    /**
     * The largest backoff. Default 5 s.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive("maxBackoff", maxBackoff);
      return this;
    }

    /**
     * The longest {@code Retry-After} honoured. Default 30 s.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException(
            "ApiSettings.maxRetryAfter must be zero or positive, got " + maxRetryAfter);
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * The Jackson mapper for bodies. Default: a plain {@link JsonMapper} that ignores unknown
     * properties.
     *
     * @throws NullPointerException if {@code objectMapper} is null
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper =
          Objects.requireNonNull(objectMapper, "ApiSettings.objectMapper must not be null");
      return this;
    }

    /**
     * The settings.
     *
     * @throws IllegalArgumentException if {@code maxBackoff} is less than {@code initialBackoff}
     */
    public ApiSettings build() {
      if (maxBackoff.compareTo(initialBackoff) < 0) {
        throw new IllegalArgumentException(
            "ApiSettings.maxBackoff must not be less than initialBackoff ("
                + initialBackoff
                + "), got "
                + maxBackoff);
      }
      return new ApiSettings(this);
    }

    private static Duration positive(String setting, Duration duration) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(
            "ApiSettings." + setting + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
