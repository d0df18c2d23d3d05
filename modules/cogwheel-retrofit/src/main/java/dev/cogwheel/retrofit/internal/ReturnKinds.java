package dev.cogwheel.retrofit.internal;

import dev.cogwheel.okhttp.internal.AnswerReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The return types a service method may have, each run by the service's runner:
 *
 * <ul>
 *   <li>a plain {@code T}: sent on the caller's thread, the body decoded, failures thrown as {@code
 *       ApiClient} throws them;
 *   <li>{@code Response<T>}: the same, but an answer outside 2xx is an error response;
 *   <li>{@code CompletableFuture<T>} and {@code CompletableFuture<Response<T>>}: enqueued, the
 *       future completed on a dispatcher thread as {@code ApiClient}'s asynchronous methods do;
 *   <li>{@code Call<T>}: Retrofit's call, executed or enqueued by the caller.
 * </ul>
 */
final class ReturnKinds extends CallAdapter.Factory {
  private final ServiceExchanges exchanges;

  ReturnKinds(ServiceExchanges exchanges) {
    this.exchanges = exchanges;
  }

  @Override
  public CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    Class<?> raw = getRawType(returnType);
    // Each method's reader is made once, here, not on every call.
    if (raw == Call.class) {
      Type body = parameter(returnType, "Call");
      AnswerReader<Response<Object>> answers = exchanges.responseOf(body);
      return adapter(body, call -> new ServiceCall<>(call, exchanges, answers));
    }
    if (raw == Response.class) {
      Type body = parameter(returnType, "Response");
      AnswerReader<Response<Object>> answers = exchanges.responseOf(body);
      return adapter(body, call -> exchanges.runner().execute(exchanges.exchange(call, answers)));
    }
    if (raw == CompletableFuture.class) {
      Type value = parameter(returnType, "CompletableFuture");
      if (getRawType(value) == Response.class) {
        Type body = parameter(value, "Response");
        AnswerReader<Response<Object>> answers = exchanges.responseOf(body);
        return adapter(body, call -> exchanges.runner().enqueue(exchanges.exchange(call, answers)));
      }
      AnswerReader<Object> answers = exchanges.bodyAs(value);
      return adapter(value, call -> exchanges.runner().enqueue(exchanges.exchange(call, answers)));
    }
    AnswerReader<Object> answers = exchanges.bodyAs(returnType);
    return adapter(
        returnType, call -> exchanges.runner().execute(exchanges.exchange(call, answers)));
  }

  private static Type parameter(Type type, String name) {
    if (!(type instanceof ParameterizedType)) {
      throw new IllegalArgumentException(
          name
              + " return type must be parameterized as "
              + name
              + "<Foo> or "
              + name
              + "<? extends Foo>");
    }
    return getParameterUpperBound(0, (ParameterizedType) type);
  }

  private static <R> CallAdapter<R, Object> adapter(Type body, Adaptation<R> adaptation) {
    return new CallAdapter<>() {
      @Override
      public Type responseType() {
        return body;
      }

      @Override
      public Object adapt(Call<R> call) {
        return adaptation.adapt(call);
      }
    };
  }

  /** What a method's return value is made of Retrofit's call. */
  private interface Adaptation<R> {
    Object adapt(Call<R> call);
  }

  @Override
  public String toString() {
    return "ReturnKinds[" + exchanges.name() + "]";
  }
}
