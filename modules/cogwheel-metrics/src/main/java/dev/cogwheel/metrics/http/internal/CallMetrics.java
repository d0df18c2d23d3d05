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
 * Records one call's events under the names of {@link HttpMetricNames}.
 *
 * <p>OkHttp delivers a call's events one at a time, handing the call from thread to thread through
 * its dispatcher's executor, so the fields need no locking.
 */
final class CallMetrics extends EventListener {
  private final MetricRegistry registry;
  private long callStart;
  private long acquireStart;
  private long dnsStart;
  private long connectStart;
  private int status = -1;

  CallMetrics(MetricRegistry registry) {
    this.registry = registry;
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
    record(HttpMetricNames.DNS, dnsStart);
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    connectStart = System.nanoTime();
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
    record(HttpMetricNames.CONNECT, connectStart);
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    record(HttpMetricNames.CONNECTION_ACQUIRE, acquireStart);
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
    record(HttpMetricNames.requests(request.url().host(), request.method(), status), callStart);
  }

  @Override
  public void callFailed(Call call, IOException failure) {
    registry.meter(HttpMetricNames.failures(failure.getClass())).mark();
  }

  private void record(String timer, long start) {
    registry.timer(timer).update(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }
}
