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

/**
 * One call's event listener that forwards every callback to several listeners, in order. OkHttp
 * takes a single listener per call; this lets every contributed {@link EventListener.Factory} see
 * every event. An exception thrown by one listener propagates and the later ones miss that event,
 * as with OkHttp's own listeners.
 */
final class CompositeEventListener extends EventListener {
  private final List<EventListener> listeners;

  CompositeEventListener(List<EventListener> listeners) {
    this.listeners = List.copyOf(listeners);
  }

  @Override
  public void callStart(Call call) {
    for (EventListener listener : listeners) {
      listener.callStart(call);
    }
  }

  @Override
  public void dispatcherQueueStart(Call call, Dispatcher dispatcher) {
    for (EventListener listener : listeners) {
      listener.dispatcherQueueStart(call, dispatcher);
    }
  }

  @Override
  public void dispatcherQueueEnd(Call call, Dispatcher dispatcher) {
    for (EventListener listener : listeners) {
      listener.dispatcherQueueEnd(call, dispatcher);
    }
  }

  @Override
  public void proxySelectStart(Call call, HttpUrl url) {
    for (EventListener listener : listeners) {
      listener.proxySelectStart(call, url);
    }
  }

  @Override
  public void proxySelectEnd(Call call, HttpUrl url, List<Proxy> proxies) {
    for (EventListener listener : listeners) {
      listener.proxySelectEnd(call, url, proxies);
    }
  }

  @Override
  public void dnsStart(Call call, String domainName) {
    for (EventListener listener : listeners) {
      listener.dnsStart(call, domainName);
    }
  }

  @Override
  public void dnsEnd(Call call, String domainName, List<InetAddress> addresses) {
    for (EventListener listener : listeners) {
      listener.dnsEnd(call, domainName, addresses);
    }
  }

  @Override
  public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
    for (EventListener listener : listeners) {
      listener.connectStart(call, address, proxy);
    }
  }

  @Override
  public void secureConnectStart(Call call) {
    for (EventListener listener : listeners) {
      listener.secureConnectStart(call);
    }
  }

  @Override
  public void secureConnectEnd(Call call, Handshake handshake) {
    for (EventListener listener : listeners) {
      listener.secureConnectEnd(call, handshake);
    }
  }

  @Override
  public void connectEnd(Call call, InetSocketAddress address, Proxy proxy, Protocol protocol) {
    for (EventListener listener : listeners) {
      listener.connectEnd(call, address, proxy, protocol);
    }
  }

  @Override
  public void connectFailed(
      Call call, InetSocketAddress address, Proxy proxy, Protocol protocol, IOException e) {
    for (EventListener listener : listeners) {
      listener.connectFailed(call, address, proxy, protocol, e);
    }
  }

  @Override
  public void connectionAcquired(Call call, Connection connection) {
    for (EventListener listener : listeners) {
      listener.connectionAcquired(call, connection);
    }
  }

  @Override
  public void connectionReleased(Call call, Connection connection) {
    for (EventListener listener : listeners) {
      listener.connectionReleased(call, connection);
    }
  }

  @Override
  public void requestHeadersStart(Call call) {
    for (EventListener listener : listeners) {
      listener.requestHeadersStart(call);
    }
  }

  @Override
  public void requestHeadersEnd(Call call, Request request) {
    for (EventListener listener : listeners) {
      listener.requestHeadersEnd(call, request);
    }
  }

  @Override
  public void requestBodyStart(Call call) {
    for (EventListener listener : listeners) {
      listener.requestBodyStart(call);
    }
  }

  @Override
  public void requestBodyEnd(Call call, long byteCount) {
    for (EventListener listener : listeners) {
      listener.requestBodyEnd(call, byteCount);
    }
  }

  @Override
  public void requestFailed(Call call, IOException e) {
    for (EventListener listener : listeners) {
      listener.requestFailed(call, e);
    }
  }

  @Override
  public void responseHeadersStart(Call call) {
    for (EventListener listener : listeners) {
      listener.responseHeadersStart(call);
    }
  }

  @Override
  public void responseHeadersEnd(Call call, Response response) {
    for (EventListener listener : listeners) {
      listener.responseHeadersEnd(call, response);
    }
  }

  @Override
  public void responseBodyStart(Call call) {
    for (EventListener listener : listeners) {
      listener.responseBodyStart(call);
    }
  }

  @Override
  public void responseBodyEnd(Call call, long byteCount) {
    for (EventListener listener : listeners) {
      listener.responseBodyEnd(call, byteCount);
    }
  }

  @Override
  public void responseFailed(Call call, IOException e) {
    for (EventListener listener : listeners) {
      listener.responseFailed(call, e);
    }
  }

  @Override
  public void callEnd(Call call) {
    for (EventListener listener : listeners) {
      listener.callEnd(call);
    }
  }

  @Override
  public void callFailed(Call call, IOException e) {
    for (EventListener listener : listeners) {
      listener.callFailed(call, e);
    }
  }

  @Override
  public void canceled(Call call) {
    for (EventListener listener : listeners) {
      listener.canceled(call);
    }
  }

  @Override
  public void satisfactionFailure(Call call, Response response) {
    for (EventListener listener : listeners) {
      listener.satisfactionFailure(call, response);
    }
  }

  @Override
  public void cacheHit(Call call, Response response) {
    for (EventListener listener : listeners) {
      listener.cacheHit(call, response);
    }
  }

  @Override
  public void cacheMiss(Call call) {
    for (EventListener listener : listeners) {
      listener.cacheMiss(call);
    }
  }

  @Override
  public void cacheConditionalHit(Call call, Response response) {
    for (EventListener listener : listeners) {
      listener.cacheConditionalHit(call, response);
    }
  }

  @Override
  public void retryDecision(Call call, IOException e, boolean retry) {
    for (EventListener listener : listeners) {
      listener.retryDecision(call, e, retry);
    }
  }

  @Override
  public void followUpDecision(Call call, Response response, Request nextRequest) {
    for (EventListener listener : listeners) {
      listener.followUpDecision(call, response, nextRequest);
    }
  }
}
