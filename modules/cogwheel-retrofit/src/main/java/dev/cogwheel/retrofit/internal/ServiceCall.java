package dev.cogwheel.retrofit.internal;

import dev.cogwheel.okhttp.internal.AnswerReader;
import dev.cogwheel.okhttp.internal.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okio.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * The {@link Call} a service method returns: Retrofit's contract — one execution, a {@link
 * Response} for every answer, an {@link IOException} for an I/O failure — run by the service's
 * runner, so with its retries and its cancellation at stop.
 *
 * @param <T> the type of the body
 */
final class ServiceCall<T> implements Call<T> {
  private static final Logger log = LoggerFactory.getLogger(ServiceCall.class);

  private final Call<T> built;
  private final ServiceExchanges exchanges;
  private final AnswerReader<Response<T>> answers;
  private Exchange<Response<T>> exchange;
  private boolean executed;
  private volatile boolean cancelled;

  /**
   * @param built Retrofit's call, which builds the request
   * @param exchanges the service's exchanges
   * @param answers what the answer is read into
   */
  ServiceCall(Call<T> built, ServiceExchanges exchanges, AnswerReader<Response<T>> answers) {
    this.built = built;
    this.exchanges = exchanges;
    this.answers = answers;
  }

  /**
   * Sends the request on the calling thread, retrying as the service's settings allow.
   *
   * @throws IOException if the call failed with an I/O error or timed out
   * @throws IllegalStateException if the call was executed already, or the service is stopped
   * @throws java.util.concurrent.CancellationException if the call was cancelled, or the service
   *     stopped during it
   * @throws dev.cogwheel.okhttp.ApiDecodingException if a 2xx body is not the JSON expected
   * @throws IllegalArgumentException if the request cannot be built
   */
  @Override
  public Response<T> execute() throws IOException {
    Exchange<Response<T>> started = start();
    try {
      return exchanges.runner().execute(started);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Sends the request with OkHttp's {@code enqueue}; {@code callback} is called on a dispatcher
   * thread, with the response or with what {@link #execute()} would throw (an I/O failure as its
   * {@link IOException}).
   *
   * @throws IllegalStateException if the call was executed already
   */
  @Override
  public void enqueue(Callback<T> callback) {
    Objects.requireNonNull(callback, "callback");
    Exchange<Response<T>> started;
    try {
      started = start();
    } catch (IllegalArgumentException e) {
      callback.onFailure(this, e);
      return;
    }
    exchanges
        .runner()
        .enqueue(started)
        .whenComplete(
            (response, failure) -> {
              try {
                if (failure == null) {
                  callback.onResponse(this, response);
                } else {
                  callback.onFailure(
                      this, failure instanceof UncheckedIOException ? failure.getCause() : failure);
                }
              } catch (RuntimeException | Error e) {
                log.warn("{}: the callback of {} threw", exchanges.name(), started, e);
              }
            });
  }

  private synchronized Exchange<Response<T>> start() {
    if (executed) {
      throw new IllegalStateException("Already executed.");
    }
    Exchange<Response<T>> started = exchange();
    executed = true;
    return started;
  }

  private synchronized Exchange<Response<T>> exchange() {
    if (exchange == null) {
      exchange = exchanges.exchange(built, answers);
      if (cancelled) {
        exchange.cancel();
      }
    }
    return exchange;
  }

  @Override
  public synchronized boolean isExecuted() {
    return executed;
  }

  /** Cancels the call: the attempt in flight and every later one. */
  @Override
  public void cancel() {
    cancelled = true;
    Exchange<Response<T>> current;
    synchronized (this) {
      current = exchange;
    }
    if (current != null) {
      current.cancel();
    }
  }

  @Override
  public boolean isCanceled() {
    return cancelled;
  }

  /** A new call of the same method with the same arguments, not executed. */
  @Override
  public Call<T> clone() {
    return new ServiceCall<>(built.clone(), exchanges, answers);
  }

  /**
   * The request that is sent, with its {@code Accept} and {@code Authorization} headers.
   *
   * @throws IllegalArgumentException if the request cannot be built
   */
  @Override
  public Request request() {
    return exchange().request();
  }

  /** The session's call timeout, which bounds each attempt. */
  @Override
  public Timeout timeout() {
    return new Timeout().timeout(exchanges.callTimeoutMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public String toString() {
    return "ServiceCall[" + exchanges.name() + "]";
  }
}
