package dev.cogwheel.okhttp;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Dns;

/**
 * How the {@link Connector} and the {@link HttpSession} are configured: timeouts, connection pool,
 * dispatcher limits, user agent. Immutable and thread-safe; build one with {@link #builder()}.
 *
 * <pre>{@code
 * HttpSettings settings = HttpSettings.builder()
 *     .readTimeout(Duration.ofSeconds(5))
 *     .maxRequestsPerHost(10)
 *     .userAgent("reminder-bot/1.0")
 *     .build();
 * Container.start(new HttpModule(settings), new ApiModule(apiSettings));
 * }</pre>
 *
 * <p>The defaults ({@link #defaults()}) suit a service: connect timeout 10 s, read and write
 * timeouts 30 s, no call timeout, 5 idle connections kept alive 5 minutes, at most 64 concurrent
 * asynchronous requests and 5 per host, OkHttp's own user agent, the system DNS, and 5 s for the
 * connector's threads to end at stop.
 */
public final class HttpSettings {
  private static final HttpSettings DEFAULTS = new Builder().build();
  private static final long MAX_TIMEOUT_MILLIS = Integer.MAX_VALUE;

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final int maxIdleConnections;
  private final Duration keepAlive;
  private final int maxRequests;
  private final int maxRequestsPerHost;
  private final String userAgent;
  private final Dns dns;
  private final Duration stopTimeout;

  private HttpSettings(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.maxIdleConnections = builder.maxIdleConnections;
    this.keepAlive = builder.keepAlive;
    this.maxRequests = builder.maxRequests;
    this.maxRequestsPerHost = builder.maxRequestsPerHost;
    this.userAgent = builder.userAgent;
    this.dns = builder.dns;
    this.stopTimeout = builder.stopTimeout;
  }

  /** The default settings, the same as {@code builder().build()}. */
  public static HttpSettings defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The bound on opening a TCP (and TLS) connection; zero means none. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The bound on each read from a connection; zero means none. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** The bound on each write to a connection; zero means none. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * The bound on a whole call — resolving DNS, connecting, writing the request, reading the
   * response — for one attempt; zero means none.
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** How many idle connections the pool keeps. */
  public int maxIdleConnections() {
    return maxIdleConnections;
  }

  /** How long an idle connection is kept before the pool closes it. */
  public Duration keepAlive() {
    return keepAlive;
  }

  /**
   * How many asynchronous requests run at once; more are queued by the dispatcher. Synchronous
   * calls are not counted: they are bounded by the threads that make them.
   */
  public int maxRequests() {
    return maxRequests;
  }

  /**
   * How many asynchronous requests run at once against one host; more are queued. With HTTP/1.1
   * this also bounds the connections opened to that host by asynchronous calls.
   */
  public int maxRequestsPerHost() {
    return maxRequestsPerHost;
  }

  /** The {@code User-Agent} sent when a request has none, or empty for OkHttp's own. */
  public Optional<String> userAgent() {
    return Optional.ofNullable(userAgent);
  }

  /** The DNS resolver the connector uses. */
  public Dns dns() {
    return dns;
  }

  /**
   * How long the connector waits at stop for its dispatcher threads to end and for cancelled calls
   * to let go of their connections.
   */
  public Duration stopTimeout() {
    return stopTimeout;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof HttpSettings)) {
      return false;
    }
    HttpSettings that = (HttpSettings) o;
    return maxIdleConnections == that.maxIdleConnections
        && maxRequests == that.maxRequests
        && maxRequestsPerHost == that.maxRequestsPerHost
        && connectTimeout.equals(that.connectTimeout)
        && readTimeout.equals(that.readTimeout)
        && writeTimeout.equals(that.writeTimeout)
        && callTimeout.equals(that.callTimeout)
        && keepAlive.equals(that.keepAlive)
        && Objects.equals(userAgent, that.userAgent)
        && dns.equals(that.dns)
        && stopTimeout.equals(that.stopTimeout);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        connectTimeout,
        readTimeout,
        writeTimeout,
        callTimeout,
        maxIdleConnections,
        keepAlive,
        maxRequests,
        maxRequestsPerHost,
        userAgent,
        dns,
        stopTimeout);
  }

  @Override
  public String toString() {
    return "HttpSettings[connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", callTimeout="
        + callTimeout
        + ", maxIdleConnections="
        + maxIdleConnections
        + ", keepAlive="
        + keepAlive
        + ", maxRequests="
        + maxRequests
        + ", maxRequestsPerHost="
        + maxRequestsPerHost
        + ", userAgent="
        + (userAgent == null ? "<okhttp>" : userAgent)
        + ", dns="
        + (dns == Dns.SYSTEM ? "system" : dns)
        + ", stopTimeout="
        + stopTimeout
        + "]";
  }

  /**
   * Builds {@link HttpSettings}. Each setter checks its value at once and throws {@link
   * IllegalArgumentException} naming the setting and the value. Not thread-safe.
   */
  public static final class Builder {
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration callTimeout = Duration.ZERO;
    private int maxIdleConnections = 5;
    private Duration keepAlive = Duration.ofMinutes(5);
    private int maxRequests = 64;
    private int maxRequestsPerHost = 5;
    private String userAgent;
    private Dns dns = Dns.SYSTEM;
    private Duration stopTimeout = Duration.ofSeconds(5);

    private Builder() {}

    private Builder(HttpSettings settings) {
      this.connectTimeout = settings.connectTimeout;
      this.readTimeout = settings.readTimeout;
      this.writeTimeout = settings.writeTimeout;
      this.callTimeout = settings.callTimeout;
      this.maxIdleConnections = settings.maxIdleConnections;
      this.keepAlive = settings.keepAlive;
      this.maxRequests = settings.maxRequests;
      this.maxRequestsPerHost = settings.maxRequestsPerHost;
      this.userAgent = settings.userAgent;
      this.dns = settings.dns;
      this.stopTimeout = settings.stopTimeout;
    }

    /**
     * The connect timeout. Default 10 s.
     *
     * @throws IllegalArgumentException if negative, between zero and a millisecond, or above {@code
     *     Integer.MAX_VALUE} milliseconds
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout("connectTimeout", timeout);
      return this;
    }

    /**
     * The read timeout. Default 30 s.
     *
     * @throws IllegalArgumentException if negative, between zero and a millisecond, or above {@code
     *     Integer.MAX_VALUE} milliseconds
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout("readTimeout", timeout);
      return this;
    }

    /**
     * The write timeout. Default 30 s.
     *
     * @throws IllegalArgumentException if negative, between zero and a millisecond, or above {@code
     *     Integer.MAX_VALUE} milliseconds
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout("writeTimeout", timeout);
      return this;
    }

    /**
     * The call timeout. Default zero: none.
     *
     * @throws IllegalArgumentException if negative, between zero and a millisecond, or above {@code
     *     Integer.MAX_VALUE} milliseconds
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout("callTimeout", timeout);
      return this;
    }

    /**
     * How many idle connections the pool keeps. Default 5.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxIdleConnections(int maxIdleConnections) {
      if (maxIdleConnections < 0) {
        throw new IllegalArgumentException(
            "HttpSettings.maxIdleConnections must be zero or more, got " + maxIdleConnections);
      }
      this.maxIdleConnections = maxIdleConnections;
      return this;
    }

    /**
     * How long an idle connection is kept. Default 5 minutes.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder keepAlive(Duration keepAlive) {
      this.keepAlive = positive("keepAlive", keepAlive);
      return this;
    }

    /**
     * How many asynchronous requests run at once. Default 64.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxRequests(int maxRequests) {
      this.maxRequests = atLeastOne("maxRequests", maxRequests);
      return this;
    }

    /**
     * How many asynchronous requests run at once against one host. Default 5.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxRequestsPerHost(int maxRequestsPerHost) {
      this.maxRequestsPerHost = atLeastOne("maxRequestsPerHost", maxRequestsPerHost);
      return this;
    }

    /**
     * The {@code User-Agent} sent when a request has none; {@code null} for OkHttp's own.
     *
     * @throws IllegalArgumentException if blank or not printable ASCII
     */
    public Builder userAgent(String userAgent) {
      if (userAgent != null && (userAgent.isBlank() || !userAgent.matches("[\\x20-\\x7e]+"))) {
        throw new IllegalArgumentException(
            "HttpSettings.userAgent must be printable ASCII and not blank, got '"
                + userAgent
                + "'");
      }
      this.userAgent = userAgent;
      return this;
    }

    /**
     * The DNS resolver. Default {@link Dns#SYSTEM}.
     *
     * @throws NullPointerException if {@code dns} is null
     */
    public Builder dns(Dns dns) {
      this.dns = Objects.requireNonNull(dns, "HttpSettings.dns must not be null");
      return this;
    }

    /**
     * How long the connector waits at stop for its threads and connections. Default 5 s; keep it
     * below the container's stop timeout.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder stopTimeout(Duration stopTimeout) {
      this.stopTimeout = positive("stopTimeout", stopTimeout);
      return this;
    }

    /** The settings. */
    public HttpSettings build() {
      return new HttpSettings(this);
    }

    private static Duration timeout(String setting, Duration timeout) {
      if (timeout == null
          || timeout.isNegative()
          || (!timeout.isZero() && timeout.compareTo(Duration.ofMillis(1)) < 0)
          || timeout.compareTo(Duration.ofMillis(MAX_TIMEOUT_MILLIS)) > 0) {
        throw new IllegalArgumentException(
            "HttpSettings."
                + setting
                + " must be zero (none) or between 1 ms and "
                + MAX_TIMEOUT_MILLIS
                + " ms, got "
                + timeout);
      }
      return timeout;
    }

    private static Duration positive(String setting, Duration duration) {
      if (duration == null || duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(
            "HttpSettings." + setting + " must be positive, got " + duration);
      }
      return duration;
    }

    private static int atLeastOne(String setting, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(
            "HttpSettings." + setting + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
