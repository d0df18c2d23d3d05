package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import okhttp3.Response;

/**
 * What an exchange makes of the answer it ends with: {@link ResponseDecoder#bodyAs the decoded
 * body}, as {@code ApiClient} returns it, or something else built from the whole answer. Never
 * closes the response: the runner does, on every path.
 *
 * @param <T> the type of the exchange's value
 */
public interface AnswerReader<T> {

  /**
   * The value of a 2xx answer.
   *
   * @throws IOException if reading the body failed; the exchange's outcome is then that of an I/O
   *     failure
   * @throws RuntimeException the exchange's failure, for example {@code ApiDecodingException}
   */
  T success(Exchange<T> exchange, Response response) throws IOException;

  /**
   * What the last answer outside 2xx — one that is not retried — comes to: a value, or a failure
   * thrown, for example {@code ApiException}.
   *
   * @throws IOException if reading the body failed; the exchange's outcome is then that of an I/O
   *     failure
   */
  T failure(Exchange<T> exchange, Response response) throws IOException;
}
