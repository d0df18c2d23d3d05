package dev.cogwheel.metrics.http;

import com.google.inject.AbstractModule;
import dev.cogwheel.metrics.http.internal.CallMetricsFactory;
import dev.cogwheel.metrics.http.internal.ConnectorGauges;
import dev.cogwheel.okhttp.HttpModule;

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
 * <p>OkHttp and {@code cogwheel-okhttp} are optional dependencies of {@code cogwheel-metrics}: only
 * this package needs them. Installing the module twice is harmless: modules of this class are
 * equal.
 */
public final class HttpMetricsModule extends AbstractModule {

  @Override
  protected void configure() {
    install(new HttpModule());
    HttpModule.eventListenerFactories(binder()).addBinding().to(CallMetricsFactory.class);
    bind(ConnectorGauges.class).asEagerSingleton();
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
