package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.List;
import okhttp3.Call;
import okhttp3.Connection;
import okhttp3.Dispatcher;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.HttpUrl;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;

/** Records the name of every callback it receives, prefixed with its own name. */
final class RecordingListener extends EventListener {
  private final String name;
  private final List<String> events;

  RecordingListener(String name, List<String> events) {
    this.name = name;
    this.events = events;
  }

  @Override
  public void callStart(Call call) {
    events.add(name + " callStart");
  }

  @Override
  public void dispatcherQueueStart(Call call, Dispatcher dispatcher) {
    events.add(name + " dispatcherQueueStart");
  }

  @Override
  public void dispatcherQueueEnd(Call call, Dispatcher dispatcher) {
    events.add(name + " dispatcherQueueEnd");
  }

  @Override
  public void proxySelectStart(Call call, HttpUrl url) {
    events.add(name + " proxySelectStart");
  }

  @Override
  public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
    events.add(name + " proxySelectEnd");
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    events.add(name + " dnsStart");
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<InetAddress> addresses) {
    events.add(name + " dnsEnd");
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    events.add(name + " connectStart");
  }

  @Override
  public void secureConnectStart(Call call) {
    events.add(name + " secureConnectStart");
  }

  @Override
  public void secureConnectEnd(Call call, Handshake handshake) {
    events.add(name + " secureConnectEnd");
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
    events.add(name + " connectEnd");
  }

  @Override
  public void connectFailed(
      Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException e) {
    events.add(name + " connectFailed");
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    events.add(name + " connectionAcquired");
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    events.add(name + " connectionReleased");
  }

  @Override
  public void requestHeadersStart(Call call) {
    events.add(name + " requestHeadersStart");
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    events.add(name + " requestHeadersEnd");
  }

  @Override
  public void requestBodyStart(Call call) {
    events.add(name + " requestBodyStart");
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    events.add(name + " requestBodyEnd");
  }

  @Override
  public void requestFailed(Call call, IOException e) {
    events.add(name + " requestFailed");
  }

  @Override
  public void responseHeadersStart(Call call) {
    events.add(name + " responseHeadersStart");
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    events.add(name + " responseHeadersEnd");
  }

  @Override
  public void responseBodyStart(Call call) {
    events.add(name + " responseBodyStart");
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    events.add(name + " responseBodyEnd");
  }

  @Override
  public void responseFailed(Call call, IOException e) {
    events.add(name + " responseFailed");
  }

  @Override
  public void callEnd(Call call) {
    events.add(name + " callEnd");
  }

  @Override
  public void callFailed(Call call, IOException e) {
    events.add(name + " callFailed");
  }

  @Override
  public void canceled(Call call) {
    events.add(name + " canceled");
  }

  @Override
  public void satisfactionFailure(Call call, Response response) {
    events.add(name + " satisfactionFailure");
  }

  @Override
  public void cacheHit(Call call, Response response) {
    events.add(name + " cacheHit");
  }

  @Override
  public void cacheMiss(Call call) {
    events.add(name + " cacheMiss");
  }

  @Override
  public void cacheConditionalHit(Call call, Response response) {
    events.add(name + " cacheConditionalHit");
  }

  @Override
  public void retryDecision(Call call, IOException e, boolean retry) {
    events.add(name + " retryDecision");
  }

  @Override
  public void followUpDecision(Call call, Response response, Request nextRequest) {
    events.add(name + " followUpDecision");
  }
}
