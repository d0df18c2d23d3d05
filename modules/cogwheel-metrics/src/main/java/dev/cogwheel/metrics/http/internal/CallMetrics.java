package dev.cogwheel.metrics.http.internal;

import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.metrics.http.HttpMetricNames;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.EventListener;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Records one call's events under the names of {@link HttpMetricNames}, in the Dropwizard registry
 * and in the Prometheus families.
 *
 * <p>OkHttp delivers a call's events one at a time, handing the call from thread to thread through
 * its dispatcher's executor, so the fields need no locking.
 */
final class CallMetrics extends EventListener {
  private final MetricRegistry registry;
  private final CallFamilies families;
  private long callStart;
  private long acquireStart;
  private long dnsStart;
  private long connectStart;
  private int status = -1;

  CallMetrics(MetricRegistry registry, CallFamilies families) {
    this.registry = registry;
    this.families = families;
  }

  @Override
  public void callStart(Call call) {
    callStart = System.nanoTime();
    acquireStart = callStart;
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    dnsStart = System.nanoTime();
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<InetAddress> addresses) {
    families.dns.observe(record(HttpMetricNames.DNS, dnsStart));
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    connectStart = System.nanoTime();
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
    families.connect.observe(record(HttpMetricNames.CONNECT, connectStart));
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    families.connectionAcquire.observe(record(HttpMetricNames.CONNECTION_ACQUIRE, acquireStart));
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    acquireStart = System.nanoTime();
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    status = response.code();
  }

  @Override
  public void cacheHit(Call call, Response response) {
    status = response.code();
  }

  @Override
  public void satisfactionFailure(Call call, Response response) {
    status = response.code();
  }

  @Override
  public void callEnd(Call call) {
    Request request = call.request();
    double seconds =
        record(HttpMetricNames.requests(request.url().host(), request.method(), status), callStart);
    families
        .requests
        .labelValues(
            request.url().host(), request.method(), status < 0 ? "none" : Integer.toString(status))
        .observe(seconds);
  }

  @Override
  public void callFailed(Call call, IOException failure) {
    String exception = HttpMetricNames.failures(failure.getClass());
    registry.meter(exception).mark();
    Request request = call.request();
    families
        .failures
        .labelValues(
            request.url().host(),
            request.method(),
            exception.substring(exception.lastIndexOf('.') + 1))
        .inc();
  }

  /** Records the time since {@code start} in {@code timer}; returns it in seconds. */
  private double record(String timer, long start) {
    long nanos = System.nanoTime() - start;
    registry.timer(timer).update(nanos, TimeUnit.NANOSECONDS);
    return nanos / 1e9;
  }
}
