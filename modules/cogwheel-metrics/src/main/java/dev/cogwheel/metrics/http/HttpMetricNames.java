package dev.cogwheel.metrics.http;

import dev.cogwheel.metrics.MetricNames;
import java.util.Locale;
import java.util.Objects;

/**
 * The names of the metrics that {@link HttpMetricsModule} registers. Hosts are written as one node
 * of the name ({@link MetricNames#segment(String)}: dots become underscores), so {@code
 * api.example.com} becomes {@code api_example_com}.
 */
public final class HttpMetricNames {
  /**
   * Timer: from a call's start — or, for a follow-up request, from the release of the previous
   * connection — until it holds a connection: waiting in the dispatcher's queue, pool lookup, DNS
   * and connect.
   */
  public static final String CONNECTION_ACQUIRE = "cogwheel.http.connection-acquire";

  /** Timer: each DNS lookup of a host name (none for IP literals). */
  public static final String DNS = "cogwheel.http.dns";

  /** Timer: each new connection, from the start of the TCP connect to the end of TLS, if any. */
  public static final String CONNECT = "cogwheel.http.connect";

  /** Gauge of {@code Integer}: the connections of the connector's pool, in use or idle. */
  public static final String POOL_CONNECTIONS = "cogwheel.http.pool.connections";

  /** Gauge of {@code Integer}: the idle connections of the connector's pool. */
  public static final String POOL_IDLE_CONNECTIONS = "cogwheel.http.pool.idle-connections";

  /** Gauge of {@code Integer}: the calls the connector's dispatcher is running. */
  public static final String DISPATCHER_RUNNING_CALLS = "cogwheel.http.dispatcher.running-calls";

  /** Gauge of {@code Integer}: the asynchronous calls waiting in the dispatcher's queue. */
  public static final String DISPATCHER_QUEUED_CALLS = "cogwheel.http.dispatcher.queued-calls";

  private static final String REQUESTS_PREFIX = "cogwheel.http.requests.";
  private static final String FAILURES_PREFIX = "cogwheel.http.failures.";

  private HttpMetricNames() {}

  /**
   * The timer of the calls to {@code host} with {@code method} that ended with a response of {@code
   * status}: {@code cogwheel.http.requests.<host>.<METHOD>.<status class>}, for example {@code
   * cogwheel.http.requests.api_example_com.GET.2xx}. Status classes are {@code 1xx} to {@code 5xx};
   * a status outside 100–599 is {@code other}.
   *
   * @throws NullPointerException if {@code host} or {@code method} is null
   */
  public static String requests(String host, String method, int status) {
    return REQUESTS_PREFIX
        + MetricNames.segment(Objects.requireNonNull(host, "host"))
        + '.'
        + MetricNames.segment(Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT))
        + '.'
        + statusClass(status);
  }

  /**
   * The meter of the calls that failed with {@code cause}: {@code cogwheel.http.failures.<simple
   * class name>}, for example {@code cogwheel.http.failures.SocketTimeoutException}. An anonymous
   * class is named by its binary name without the package.
   *
   * @throws NullPointerException if {@code cause} is null
   */
  public static String failures(Class<? extends Throwable> cause) {
    String name = cause.getSimpleName();
    if (name.isEmpty()) {
      name = cause.getName().substring(cause.getName().lastIndexOf('.') + 1);
    }
    return FAILURES_PREFIX + name;
  }

  /** {@code 2xx} for 200–299 and so on; {@code other} outside 100–599. */
  static String statusClass(int status) {
    return status >= 100 && status <= 599 ? (status / 100) + "xx" : "other";
  }
}
