package dev.cogwheel.admin.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The admin server's HTTP/1.1 server: Jetty 12 core (no servlets) around one handler.
 *
 * <p>Why Jetty and not the JDK's {@code com.sun.net.httpserver}: the JDK server reads each request
 * on a thread of its executor, so clients that send incomplete requests hold those threads and a
 * probe waits behind them; its read timeout, header limits and {@code TCP_NODELAY} are JVM-wide
 * system properties, and it writes headers and body separately, which on a kept-alive connection
 * meets the client's delayed acknowledgement (about 40 ms a request). Jetty parses requests on a
 * selector thread without blocking, hands only complete requests to the request threads, bounds the
 * request line and headers, closes connections idle past a timeout, sets {@code TCP_NODELAY},
 * writes a response's headers and body in one gathering write, and lets requests in progress finish
 * when it stops.
 *
 * <p>Threads come from the given factory: one acceptor, one selector and at most {@value
 * #REQUEST_THREADS} request threads. The acceptor is a thread of its own because a listening
 * channel registered with a selector is only really closed at the selector's next wake-up, so
 * without it new connections would still be accepted after the server began to close. Jetty's timer
 * thread is made on the thread that calls {@link #open}, in its thread group. Not thread-safe: open
 * once, close once.
 */
public final class HttpServer {
  /** The most requests handled at once. */
  public static final int REQUEST_THREADS = 4;

  /** The bound on a request's request line and headers together; larger ones get 414 or 431. */
  public static final int MAX_REQUEST_HEADER_BYTES = 8 * 1024;

  private static final int ACCEPTORS = 1;
  private static final int SELECTORS = 1;
  private static final int IDLE_THREAD_MILLIS = 30_000;

  /** Once closing, how long a connection with no request in progress stays open. */
  private static final long CLOSING_IDLE_MILLIS = 50;

  private final Server server;
  private final ServerConnector connector;

  /**
   * A server of {@code handler}, not yet open.
   *
   * @param name the name of the timer thread, and of the server in Jetty's logs
   * @param threads makes the selector and request threads
   */
  public HttpServer(Handler handler, String name, ThreadFactory threads) {
    QueuedThreadPool pool =
        new QueuedThreadPool(
            ACCEPTORS + SELECTORS + REQUEST_THREADS,
            ACCEPTORS + SELECTORS + 1,
            IDLE_THREAD_MILLIS,
            0,
            // Jetty's default queue sizes its padding from the platform MBean server, whose
            // creation loads JMX and registers every platform MBean: some 300 classes of a cold
            // start. The request queue of an admin endpoint needs no padding against false sharing.
            new LinkedBlockingQueue<>(),
            null,
            threads);
    pool.setName(name);
    pool.setDaemon(true);
    this.server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setRequestHeaderSize(MAX_REQUEST_HEADER_BYTES);
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    this.connector =
        new ServerConnector(
            server,
            null,
            new ScheduledExecutorScheduler(name + "-timer", true),
            null,
            ACCEPTORS,
            SELECTORS,
            new HttpConnectionFactory(http));
    connector.setAcceptedTcpNoDelay(true);
    connector.setShutdownIdleTimeout(CLOSING_IDLE_MILLIS);
    server.addConnector(connector);
    server.setHandler(new GracefulHandler(handler));
    server.setErrorHandler(errors());
  }

  /**
   * Binds {@code address} and starts answering.
   *
   * @param readTimeout how long a connection may send nothing before it is closed
   * @param drain how long {@link #close()} lets requests in progress finish
   * @return the bound address (with the port chosen for port 0)
   * @throws IOException if the address cannot be bound, or the server cannot start; nothing is left
   *     running
   */
  public InetSocketAddress open(InetSocketAddress address, Duration readTimeout, Duration drain)
      throws IOException {
    connector.setHost(address.getHostString());
    connector.setPort(address.getPort());
    connector.setIdleTimeout(readTimeout.toMillis());
    server.setStopTimeout(drain.toMillis());
    connector.open();
    try {
      server.start();
    } catch (Exception e) {
      stopQuietly();
      throw e instanceof IOException
          ? (IOException) e
          : new IOException("the admin server could not start: " + e, e);
    }
    return new InetSocketAddress(address.getAddress(), connector.getLocalPort());
  }

  /**
   * Stops accepting connections (new ones are refused at once), closes idle connections, lets
   * requests in progress finish within the drain given to {@link #open}, then closes every
   * connection and ends every thread.
   *
   * @return whether every request in progress finished within the drain
   * @throws IllegalStateException if Jetty failed to stop for another reason
   */
  public boolean close() {
    try {
      server.stop();
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (Exception e) {
      throw new IllegalStateException("the admin server failed to stop: " + e, e);
    }
  }

  private void stopQuietly() {
    try {
      server.stop();
    } catch (Exception ignored) {
      // the start already failed; that failure is the one reported
    }
  }

  /** Jetty's own error answers (400, 414, 431, ...) as JSON, without stack traces or causes. */
  private static ErrorHandler errors() {
    ErrorHandler errors = new ErrorHandler();
    errors.setShowStacks(false);
    errors.setShowCauses(false);
    errors.setShowMessageInTitle(false);
    errors.setDefaultResponseMimeType("application/json");
    errors.setCacheControl("no-store");
    return errors;
  }
}
