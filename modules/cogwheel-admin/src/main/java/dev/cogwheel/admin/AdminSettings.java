package dev.cogwheel.admin;

import java.util.Objects;

/**
 * Where the admin server listens: a host and a port. Immutable and thread-safe.
 *
 * <pre>{@code
 * AdminSettings settings = AdminSettings.builder().port(9090).build();   // 127.0.0.1:9090
 * AdminSettings forTests = AdminSettings.builder().port(0).build();      // an ephemeral port
 * }</pre>
 *
 * <p>The defaults are host {@value #DEFAULT_HOST} and port {@value #DEFAULT_PORT}. The admin
 * endpoints have no authentication: keep the host a loopback address unless something in front of
 * the service (a network policy, a sidecar) decides who may reach it.
 */
public final class AdminSettings {
  /** The default host: the IPv4 loopback address, reachable only from the same machine. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port. */
  public static final int DEFAULT_PORT = 8081;

  private static final AdminSettings DEFAULTS = builder().build();

  private final String host;
  private final int port;

  private AdminSettings(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
  }

  /** The default settings: {@value #DEFAULT_HOST}, port {@value #DEFAULT_PORT}. */
  public static AdminSettings defaults() {
    return DEFAULTS;
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these settings. */
  public Builder toBuilder() {
    return new Builder().host(host).port(port);
  }

  /** The host name or IP address the server binds to. */
  public String host() {
    return host;
  }

  /**
   * The port the server binds to; {@code 0} lets the system choose a free one, which {@link
   * AdminServer#port()} then reports.
   */
  public int port() {
    return port;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AdminSettings
        && ((AdminSettings) o).host.equals(host)
        && ((AdminSettings) o).port == port;
  }

  @Override
  public int hashCode() {
    return Objects.hash(host, port);
  }

  @Override
  public String toString() {
    return "AdminSettings{host=" + host + ", port=" + port + "}";
  }

  /**
   * Builds {@link AdminSettings}. Each setter checks its value at once and throws {@link
   * IllegalArgumentException} naming the setting. Not thread-safe.
   */
  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;

    private Builder() {}

    /**
     * The host name or IP address to bind to, without a scheme, port or brackets: {@code
     * 127.0.0.1}, {@code ::1}, {@code localhost}. Default {@value #DEFAULT_HOST}. The name is
     * resolved when the server opens.
     *
     * @throws IllegalArgumentException if {@code host} is null, blank, or contains whitespace,
     *     {@code /} or brackets
     */
    public Builder host(String host) {
      if (host == null || host.isBlank() || !host.matches("[^\\s/\\[\\]]+")) {
        throw new IllegalArgumentException(
            "AdminSettings.host must be a host name or IP address without scheme, port or brackets, got "
                + (host == null ? "null" : "'" + host + "'"));
      }
      this.host = host;
      return this;
    }

    /**
     * The port to bind to, or {@code 0} for an ephemeral port chosen by the system. Default {@value
     * #DEFAULT_PORT}.
     *
     * @throws IllegalArgumentException if {@code port} is not between 0 and 65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException(
            "AdminSettings.port must be between 0 and 65535 (0 for an ephemeral port), got "
                + port);
      }
      this.port = port;
      return this;
    }

    /** The settings. */
    public AdminSettings build() {
      return new AdminSettings(this);
    }
  }
}
