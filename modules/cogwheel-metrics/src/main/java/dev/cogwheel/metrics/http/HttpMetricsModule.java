package dev.cogwheel.metrics.http;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.metrics.http.internal.CallMetricsFactory;
import dev.cogwheel.okhttp.HttpModule;
import okhttp3.EventListener;

/**
 * HTTP metrics for the {@link dev.cogwheel.okhttp.HttpSession} of a container, in the registry of
 * {@link dev.cogwheel.metrics.MetricsModule} (install both; this module also installs {@code new
 * HttpModule()}, which is harmless next to an {@code HttpModule} with settings).
 *
 * <pre>{@code
 * Container.builder()
 *     .modules(new MetricsModule(), new HttpMetricsModule(), new HttpModule(settings), new ApiModule(site))
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p>It contributes an OkHttp {@link okhttp3.EventListener.Factory} to the session through {@link
 * HttpModule#eventListenerFactories}, which records, for every call of every client built on the
 * session (derived clients included):
 *
 * <ul>
 *   <li>a timer of the calls by host, method and status class, {@link
 *       HttpMetricNames#requests(String, String, int)}, from the call's start to its end (the
 *       response body closed); redirects and retries are part of the one call, which counts with
 *       the status of its final response;
 *   <li>a meter of the failed calls by the simple name of their exception, {@link
 *       HttpMetricNames#failures(Class)};
 *   <li>timers of connection acquisition, DNS lookups and connects ({@link
 *       HttpMetricNames#CONNECTION_ACQUIRE}, {@link HttpMetricNames#DNS}, {@link
 *       HttpMetricNames#CONNECT}).
 * </ul>
 *
 * <p>It also registers gauges of the {@link dev.cogwheel.okhttp.Connector}'s pool and dispatcher
 * ({@link HttpMetricNames#POOL_CONNECTIONS}, {@link HttpMetricNames#POOL_IDLE_CONNECTIONS}, {@link
 * HttpMetricNames#DISPATCHER_RUNNING_CALLS}, {@link HttpMetricNames#DISPATCHER_QUEUED_CALLS}),
 * which read the live values each time they are read, replacing those of an earlier run.
 *
 * <p>Both are the work of one component of the module's own, known by the key {@link #METRICS},
 * {@code EventListener$Factory @Named("HttpMetricsModule")}, in the start report, {@code
 * /lifecycle} and the metrics of each component. It starts after the connector and before the
 * session, and registers the gauges as it starts.
 *
 * <p>OkHttp and {@code cogwheel-okhttp} are optional dependencies of {@code cogwheel-metrics}: only
 * this package needs them. Installing the module twice is harmless: modules of this class are
 * equal.
 */
public final class HttpMetricsModule extends AbstractModule {
  /**
   * The key of the module's own component: the {@link EventListener.Factory} it contributes to the
   * session, which also registers the connector's gauges.
   */
  public static final Key<EventListener.Factory> METRICS =
      Key.get(EventListener.Factory.class, Names.named("HttpMetricsModule"));

  @Override
  protected void configure() {
    install(new HttpModule());
    bind(METRICS).to(CallMetricsFactory.class).asEagerSingleton();
    HttpModule.eventListenerFactories(binder()).addBinding().to(METRICS);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpMetricsModule;
  }

  @Override
  public int hashCode() {
    return HttpMetricsModule.class.hashCode();
  }

  @Override
  public String toString() {
    return "HttpMetricsModule";
  }
}
