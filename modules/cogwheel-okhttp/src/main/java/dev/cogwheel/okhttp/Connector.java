package dev.cogwheel.okhttp;

import dev.cogwheel.Container;
import dev.cogwheel.okhttp.internal.DelayTimer;
import dev.cogwheel.okhttp.internal.OwnedThreads;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.Dns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the parts of OkHttp that hold threads and sockets: the {@link ConnectionPool}, the {@link
 * Dispatcher} with an executor of its own, and the {@link Dns} resolver. Bound by {@link
 * HttpModule} as an eager singleton; every {@link HttpSession} client is built on it, so they all
 * share one pool and one dispatcher.
 *
 * <p><b>Threads.</b> The dispatcher runs asynchronous calls, and their callbacks, on daemon threads
 * from {@link Container#threadFactory(String) container.threadFactory("okhttp")}, named {@code
 * <container>-okhttp-<n>} (OkHttp renames a thread to {@code OkHttp <url>} while it runs a call).
 * Its {@linkplain #schedule timer}, on which the API clients' asynchronous retries wait out their
 * backoff, is one more daemon thread, {@code <container>-okhttp-timer-<n>}, made on first use and
 * ended after 10 s idle.
 *
 * <p><b>Stop.</b> When the container stops it — after every session and API client, which depend on
 * it — the connector drops every task of its timer (pending retries), refuses new asynchronous
 * calls, cancels every queued and running call, shuts its executor down and waits, bounded by
 * {@link HttpSettings#stopTimeout()}, for its threads to end and for cancelled calls to let go of
 * their connections, then evicts every pooled connection. Once {@link #stop()} has returned no
 * thread of the connector is alive and {@code connectionPool().connectionCount()} is 0, unless a
 * caller left a response body open (logged as a warning). OkHttp's JVM-wide daemon threads ({@code
 * OkHttp TaskRunner}, {@code Okio Watchdog}) are not the connector's and idle out on their own.
 *
 * <p>Thread-safe.
 */
public final class Connector {
  private static final Logger log = LoggerFactory.getLogger(Connector.class);

  private final String name;
  private final Duration stopTimeout;
  private final OwnedThreads threads;
  private final ThreadPoolExecutor executor;
  private final Dispatcher dispatcher;
  private final ConnectionPool connectionPool;
  private final Dns dns;
  private final DelayTimer timer;
  private volatile boolean stopped;

  @Inject
  Connector(Container container, HttpSettings settings) {
    this.name = "Connector of container '" + container.name() + "'";
    this.stopTimeout = settings.stopTimeout();
    this.threads = new OwnedThreads(container.threadFactory("okhttp"), name);
    this.executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            threads,
            (task, pool) -> {
              throw new RejectedExecutionException(name + " is stopped; the call was not sent");
            });
    this.dispatcher = new Dispatcher(executor);
    dispatcher.setMaxRequests(settings.maxRequests());
    dispatcher.setMaxRequestsPerHost(settings.maxRequestsPerHost());
    this.connectionPool =
        new ConnectionPool(
            settings.maxIdleConnections(), settings.keepAlive().toMillis(), TimeUnit.MILLISECONDS);
    this.dns = settings.dns();
    this.timer =
        new DelayTimer(
            container.threadFactory("okhttp-timer"),
            "Timer of the connector of container '" + container.name() + "'");
  }

  /** The connection pool every session's client shares. For gauges: its connection counts. */
  public ConnectionPool connectionPool() {
    return connectionPool;
  }

  /**
   * The dispatcher every session's client shares. For gauges: its queued and running calls. Do not
   * replace its idle callback: the connector uses it at stop.
   */
  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** The DNS resolver every session's client uses. */
  public Dns dns() {
    return dns;
  }

  /**
   * Runs {@code task} once after {@code delay} on the connector's timer thread, for work that waits
   * before it makes a call, such as the API clients' retries. The task must not block: it holds the
   * one timer thread; enqueue a call rather than execute it. Tasks still pending when the connector
   * stops are dropped.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the connector is stopped
   * @throws NullPointerException if {@code task} or {@code delay} is null
   */
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return timer.schedule(task, delay);
  }

  /** Whether the connector has been stopped. */
  boolean isStopped() {
    return stopped;
  }

  /**
   * Drops the timer's pending tasks, cancels every call, ends the dispatcher's and the timer's
   * threads and evicts every pooled connection. Called once by the container at stop; calling it
   * again does nothing more.
   *
   * @throws IllegalStateException naming the threads, if a dispatcher or timer thread has not ended
   *     within {@link HttpSettings#stopTimeout()}
   * @throws InterruptedException if the stopping thread is interrupted while waiting; the pool is
   *     evicted first
   */
  @PreDestroy
  void stop() throws InterruptedException {
    stopped = true;
    long deadline = System.nanoTime() + stopTimeout.toNanos();
    try {
      timer.stop(stopTimeout);
    } finally {
      stopDispatcher(deadline);
    }
  }

  private void stopDispatcher(long deadline) throws InterruptedException {
    CountDownLatch idle = new CountDownLatch(1);
    dispatcher.setIdleCallback(idle::countDown);
    if (dispatcher.runningCallsCount() == 0) {
      idle.countDown();
    }
    dispatcher.cancelAll();
    executor.shutdown();
    List<String> alive;
    try {
      if (!executor.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS)) {
        executor.shutdownNow();
      }
      alive = threads.join(Duration.ofNanos(remaining(deadline)));
      idle.await(remaining(deadline), TimeUnit.NANOSECONDS);
    } finally {
      connectionPool.evictAll();
    }
    int inUse = connectionPool.connectionCount();
    if (inUse > 0) {
      log.warn(
          "{} stopped with {} connection(s) still in use: a response body was not closed",
          name,
          inUse);
    }
    if (!alive.isEmpty()) {
      throw new IllegalStateException(
          name
              + ": dispatcher threads did not end within "
              + stopTimeout.toMillis()
              + " ms: "
              + alive);
    }
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  @Override
  public String toString() {
    return name + (stopped ? " (stopped)" : "");
  }
}
