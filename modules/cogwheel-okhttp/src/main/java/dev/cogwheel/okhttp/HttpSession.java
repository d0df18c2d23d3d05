package dev.cogwheel.okhttp;

import dev.cogwheel.Container;
import dev.cogwheel.okhttp.internal.ApplicationInterceptors;
import dev.cogwheel.okhttp.internal.DefaultUserAgent;
import dev.cogwheel.okhttp.internal.NetworkInterceptors;
import dev.cogwheel.okhttp.internal.PlatformTls;
import dev.cogwheel.okhttp.internal.SessionEventListeners;
import dev.cogwheel.okhttp.internal.StopGuard;
import dev.cogwheel.okhttp.internal.StoppedException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import okhttp3.EventListener;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * Owns the {@link OkHttpClient} built on the {@link Connector}: its pool, dispatcher and DNS, the
 * timeouts of {@link HttpSettings}, and the interceptors and event listeners contributed through
 * {@link HttpModule#interceptors}, {@link HttpModule#networkInterceptors} and {@link
 * HttpModule#eventListenerFactories}. Bound by {@link HttpModule} as an eager singleton.
 *
 * <pre>{@code
 * @Inject ReminderPoller(HttpSession session) {
 *   this.client = session.client();
 * }
 * }</pre>
 *
 * <p><b>Interceptors.</b> Application interceptors run in the order they were bound, after the
 * session's own guard and before the default {@code User-Agent}; network interceptors run in the
 * order they were bound. All contributed event listener factories see every event of every call, in
 * the order they were bound.
 *
 * <p><b>Derived clients.</b> {@code client().newBuilder()...build()} makes a client with other
 * timeouts that still shares the connector's pool and dispatcher and keeps the session's
 * interceptors, guard included.
 *
 * <p><b>Stop.</b> Stopped by the container before the connector. From then on {@link #client()}
 * throws {@link IllegalStateException}, and a call made through a client obtained earlier fails at
 * once: a synchronous one with an {@link IllegalStateException} naming the session, the method and
 * the URL; an asynchronous one, which the stopped connector's dispatcher no longer runs, through
 * its callback's {@code onFailure} with OkHttp's {@code InterruptedIOException("executor
 * rejected")}. Calls in flight are cancelled by the connector.
 *
 * <p>Thread-safe.
 */
public final class HttpSession {
  private final String name;
  private final Connector connector;
  private final OkHttpClient client;
  private volatile boolean stopped;

  @Inject
  HttpSession(
      Container container,
      Connector connector,
      HttpSettings settings,
      @ApplicationInterceptors Set<Interceptor> interceptors,
      @NetworkInterceptors Set<Interceptor> networkInterceptors,
      @SessionEventListeners Set<EventListener.Factory> eventListenerFactories,
      PlatformTls tls) {
    this.name = "HttpSession of container '" + container.name() + "'";
    this.connector = connector;
    OkHttpClient.Builder builder =
        new OkHttpClient.Builder()
            .dispatcher(connector.dispatcher())
            .connectionPool(connector.connectionPool())
            .dns(connector.dns())
            .connectTimeout(settings.connectTimeout())
            .readTimeout(settings.readTimeout())
            .writeTimeout(settings.writeTimeout())
            .callTimeout(settings.callTimeout())
            .eventListenerFactory(inBindingOrder(eventListenerFactories))
            .addInterceptor(new StopGuard(this::stoppedReason));
    interceptors.forEach(builder::addInterceptor);
    settings
        .userAgent()
        .ifPresent(userAgent -> builder.addInterceptor(new DefaultUserAgent(userAgent)));
    networkInterceptors.forEach(builder::addNetworkInterceptor);
    this.client = tls.applyTo(builder).build();
  }

  /**
   * One factory for OkHttp, which takes one: for each call, a listener from every contributed
   * factory in binding order, joined with OkHttp's own {@link EventListener#plus}.
   */
  private static EventListener.Factory inBindingOrder(Set<EventListener.Factory> factories) {
    List<EventListener.Factory> ordered = List.copyOf(factories);
    return call -> {
      EventListener listener = EventListener.NONE;
      for (EventListener.Factory factory : ordered) {
        listener = listener.plus(factory.create(call));
      }
      return listener;
    };
  }

  /**
   * The session's client. Share it, or derive clients from it with {@code newBuilder()}; never give
   * it another pool or dispatcher.
   *
   * @throws IllegalStateException if the session has been stopped
   */
  public OkHttpClient client() {
    String reason = stoppedReason();
    if (reason != null) {
      throw new StoppedException(reason + "; its client can no longer be used");
    }
    return client;
  }

  /** What has stopped, or {@code null} while the session and its connector are running. */
  String stoppedReason() {
    if (stopped) {
      return name + " is stopped";
    }
    if (connector.isStopped()) {
      return name + " is unusable: its connector is stopped";
    }
    return null;
  }

  /** Marks the session stopped. Called once by the container at stop. */
  @PreDestroy
  void stop() {
    stopped = true;
  }

  @Override
  public String toString() {
    return name + (stopped ? " (stopped)" : "");
  }
}
