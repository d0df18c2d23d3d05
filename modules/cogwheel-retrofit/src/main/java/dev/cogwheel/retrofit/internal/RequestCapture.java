package dev.cogwheel.retrofit.internal;

import java.util.Objects;
import kotlin.jvm.functions.Function0;
import kotlin.reflect.KClass;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.EventListener;
import okhttp3.Request;
import okhttp3.Response;
import okio.Timeout;

/**
 * Retrofit's call factory for a service: it takes the request Retrofit built from a method and its
 * arguments and keeps it, so that the service's runner sends it — with retries, typed errors and
 * cancellation — instead of Retrofit. Nothing is sent from here: the calls it makes only carry
 * their request.
 */
final class RequestCapture implements Call.Factory {

  @Override
  public Call newCall(Request request) {
    return new CapturedRequest(Objects.requireNonNull(request, "request"));
  }

  @Override
  public String toString() {
    return "RequestCapture";
  }

  /** A request Retrofit built, which the service's runner sends. */
  private static final class CapturedRequest implements Call {
    private final Request request;

    CapturedRequest(Request request) {
      this.request = request;
    }

    @Override
    public Request request() {
      return request;
    }

    @Override
    public Response execute() {
      throw notSentHere();
    }

    @Override
    public void enqueue(Callback callback) {
      throw notSentHere();
    }

    @Override
    public void cancel() {
      // Nothing is in flight here: the exchange that sends the request is cancelled instead.
    }

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public boolean isCanceled() {
      return false;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void addEventListener(EventListener eventListener) {
      throw notSentHere();
    }

    @Override
    public <T> T tag(KClass<T> type) {
      return request.tag(type);
    }

    @Override
    public <T> T tag(Class<? extends T> type) {
      return request.tag(type);
    }

    @Override
    public <T> T tag(KClass<T> type, Function0<? extends T> computeIfAbsent) {
      T tag = request.tag(type);
      return tag != null ? tag : computeIfAbsent.invoke();
    }

    @Override
    public <T> T tag(Class<T> type, Function0<? extends T> computeIfAbsent) {
      T tag = request.tag(type);
      return tag != null ? tag : computeIfAbsent.invoke();
    }

    @Override
    public Call clone() {
      return new CapturedRequest(request);
    }

    private IllegalStateException notSentHere() {
      return new IllegalStateException(
          request.method() + " " + request.url() + " is sent by the service's runner, not here");
    }

    @Override
    public String toString() {
      return "CapturedRequest[" + request.method() + "]";
    }
  }
}
