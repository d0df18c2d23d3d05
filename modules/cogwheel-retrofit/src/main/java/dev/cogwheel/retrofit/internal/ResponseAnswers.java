package dev.cogwheel.retrofit.internal;

import com.fasterxml.jackson.databind.JavaType;
import dev.cogwheel.okhttp.internal.AnswerReader;
import dev.cogwheel.okhttp.internal.Exchange;
import dev.cogwheel.okhttp.internal.ResponseDecoder;
import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * The answers of a method that returns {@code Response<T>} or {@code Call<T>}: a 2xx answer is a
 * successful {@link Response} of the decoded body, an answer outside 2xx (once retries are spent)
 * an error {@code Response} with the body read into memory, as Retrofit's own calls give them.
 *
 * @param <T> the type of the body
 */
final class ResponseAnswers<T> implements AnswerReader<Response<T>> {
  private final ResponseDecoder decoder;
  private final JavaType type;

  ResponseAnswers(ResponseDecoder decoder, JavaType type) {
    this.decoder = decoder;
    this.type = type;
  }

  @Override
  @SuppressWarnings("unchecked") // Jackson decodes what type says
  public Response<T> success(Exchange<Response<T>> exchange, okhttp3.Response response)
      throws IOException {
    T body = (T) decoder.decode(exchange, type, response);
    return Response.success(body, withoutBody(response));
  }

  @Override
  public Response<T> failure(Exchange<Response<T>> exchange, okhttp3.Response response)
      throws IOException {
    ResponseBody body = response.body();
    ResponseBody read = ResponseBody.create(body.bytes(), body.contentType());
    return Response.error(read, withoutBody(response));
  }

  private static okhttp3.Response withoutBody(okhttp3.Response response) {
    ResponseBody body = response.body();
    return response
        .newBuilder()
        .body(new ConsumedBody(body.contentType(), body.contentLength()))
        .build();
  }
}
