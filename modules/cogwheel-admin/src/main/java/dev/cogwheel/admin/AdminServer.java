package dev.cogwheel.admin;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.Injector;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleListener;
import dev.cogwheel.StartupException;
import dev.cogwheel.admin.internal.Endpoint;
import dev.cogwheel.admin.internal.HttpServer;
import dev.cogwheel.admin.internal.LifecycleGraph;
import dev.cogwheel.admin.internal.LifecycleReport;
import dev.cogwheel.admin.internal.Liveness;
import dev.cogwheel.admin.internal.MetricsEndpoint;
import dev.cogwheel.admin.internal.Readiness;
import dev.cogwheel.admin.internal.RequiredBindings;
import dev.cogwheel.admin.internal.Router;
import dev.cogwheel.admin.internal.TimelineEndpoint;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTP server, on Jetty 12's core API (no servlets): bound by {@link AdminModule},
 * injectable, one per container run.
 *
 * <table>
 *   <caption>Endpoints ({@code GET} and {@code HEAD})</caption>
 *   <tr><th>path</th><th>answer</th></tr>
 *   <tr><td>{@code /health/live}</td><td>200 {@code {"status":"UP"}}; 503 once the container has
 *       {@linkplain dev.cogwheel.State#FAILED failed}</td></tr>
 *   <tr><td>{@code /health/ready}</td><td>200 while {@code RUNNING} and every health check is
 *       healthy; 503 with the failing checks (name and message) otherwise, during start and from
 *       the first moment of a stop</td></tr>
 *   <tr><td>{@code /metrics}</td><td>the {@code MetricRegistry} in the Prometheus text format
 *       0.0.4; {@code ?format=json} for Dropwizard's JSON</td></tr>
 *   <tr><td>{@code /lifecycle}</td><td>JSON: the state, and the components in start order with
 *       their durations and dependencies</td></tr>
 *   <tr><td>{@code /lifecycle/graph}</td><td>the dependency graph in Graphviz DOT</td></tr>
 * </table>
 *
 * <p>Other paths answer 404, other methods 405 with {@code Allow: GET, HEAD}; every answer has a
 * {@code Content-Type} and {@code Cache-Control: no-store}. No answer contains a component's fields
 * or an exception's stack trace; health check messages are shown as written.
 *
 * <p><b>Lifetime.</b> The server opens in its {@code @PostConstruct}, as soon as the container
 * creates it — with {@link AdminModule} installed first, before the other components start — and
 * closes only at {@link #stopped} (after every other component has been released) or {@link
 * #startFailed}, not when the container releases it. So it answers from early in the start to the
 * end of the stop. When it closes it stops accepting connections at once and gives requests in
 * progress up to one second to finish.
 *
 * <p><b>Robustness.</b> A connection holds no thread while it sends its request: Jetty reads
 * requests on one selector thread and hands only complete ones to the request threads, so clients
 * that send slowly or never finish cannot starve a probe. A connection that sends nothing for the
 * {@linkplain AdminSettings#readTimeout() read timeout} is closed; a request line and headers
 * larger than 8 KiB are refused (414, 431). Each response goes out in one write with {@code
 * TCP_NODELAY}, so a request on a kept-alive connection is answered without waiting for a delayed
 * acknowledgement.
 *
 * <p><b>Threads.</b> Daemon threads from {@link Container#threadFactory(String)
 * container.threadFactory("admin")}, named {@code <container>-admin-<n>}: one acceptor, one
 * selector and at most four request threads; health checks run on the request threads, so a check
 * that hangs holds one (make slow checks Dropwizard's asynchronous ones). Jetty's timer thread is
 * made on the container's start thread and so is counted by {@link Container#threads()} too. All of
 * them have ended when the container's {@code stop()} returns.
 */
@Singleton
public final class AdminServer implements LifecycleListener {
  private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
  private static final Duration DRAIN = Duration.ofSeconds(1);

  private final AdminSettings settings;
  private final Container container;
  private final Injector injector;
  private final Readiness readiness;
  private final Router router;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile HttpServer server;
  private volatile InetSocketAddress address;

  @Inject
  AdminServer(
      AdminSettings settings,
      Container container,
      MetricRegistry metrics,
      HealthCheckRegistry healthChecks,
      PrometheusRegistry prometheus,
      Injector injector) {
    this.settings = settings;
    this.container = container;
    this.injector = injector;
    this.readiness = new Readiness(container, healthChecks);
    Map<String, Endpoint> routes = new LinkedHashMap<>();
    routes.put("/health/live", new Liveness(container));
    routes.put("/health/ready", readiness);
    routes.put("/metrics", new MetricsEndpoint(metrics, prometheus));
    routes.put("/lifecycle", new LifecycleReport(container));
    routes.put("/lifecycle/graph", new LifecycleGraph(container));
    routes.put("/lifecycle/timeline", new TimelineEndpoint(container));
    this.router = new Router(routes);
  }

  /**
   * Opens the server. The container calls this once, right after creating the server.
   *
   * @throws IllegalStateException if {@code MetricRegistry}, {@code HealthCheckRegistry} or {@code
   *     PrometheusRegistry} is not bound explicitly
   * @throws UnknownHostException if the {@linkplain AdminSettings#host() host} cannot be resolved
   * @throws BindException if the address cannot be bound (the port is taken, the address is not
   *     local); the message names host and port
   * @throws IOException if the server cannot be created
   */
  @PostConstruct
  void open() throws IOException {
    RequiredBindings.check(
        injector, MetricRegistry.class, HealthCheckRegistry.class, PrometheusRegistry.class);
    InetSocketAddress requested = new InetSocketAddress(settings.host(), settings.port());
    if (requested.isUnresolved()) {
      throw new UnknownHostException(
          "admin server cannot resolve host '" + settings.host() + "' (AdminSettings host)");
    }
    HttpServer created =
        new HttpServer(router, container.name() + "-admin", container.threadFactory("admin"));
    try {
      this.address = created.open(requested, settings.readTimeout(), DRAIN);
    } catch (IOException e) {
      BindException failure =
          new BindException(
              "admin server cannot listen on "
                  + settings.host()
                  + ":"
                  + settings.port()
                  + " (AdminSettings host and port): "
                  + rootMessage(e));
      failure.initCause(e);
      throw failure;
    }
    this.server = created;
    log.info("Admin server of container '{}' listening on {}", container.name(), uri());
  }

  /** The port the server is bound to: the configured one, or the one chosen for port {@code 0}. */
  public int port() {
    return address.getPort();
  }

  /** The address the server is bound to. */
  public InetSocketAddress address() {
    return address;
  }

  /** The server's base URI, for example {@code http://127.0.0.1:8081/}. */
  public URI uri() {
    String host =
        address.getAddress() instanceof Inet6Address
            ? "[" + address.getAddress().getHostAddress() + "]"
            : address.getAddress().getHostAddress();
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /** Readiness opens: the container is running. */
  @Override
  public void started(Container container, Duration duration) {
    readiness.open();
  }

  /** Readiness closes, before anything is released; the server keeps answering. */
  @Override
  public void stopping(Container container) {
    readiness.close();
  }

  /** Every component has been released: the server closes. */
  @Override
  public void stopped(Container container, Duration duration) {
    close();
  }

  /**
   * The start failed and has been rolled back: the server closes. Between the container turning
   * {@code FAILED} and this event, {@code /health/live} answers 503.
   */
  @Override
  public void startFailed(Container container, StartupException failure) {
    close();
  }

  @Override
  public String toString() {
    return "AdminServer{"
        + (address == null ? settings : uri())
        + (closed.get() ? ", closed" : "")
        + "}";
  }

  /** Closes once: stops accepting, lets requests in progress finish (briefly), ends its threads. */
  private void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    readiness.close();
    if (!server.close()) {
      log.warn("Admin server closed with requests still in progress after {} ms", DRAIN.toMillis());
    }
    log.info("Admin server of container '{}' on {} closed", container.name(), uri());
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.toString();
  }
}
