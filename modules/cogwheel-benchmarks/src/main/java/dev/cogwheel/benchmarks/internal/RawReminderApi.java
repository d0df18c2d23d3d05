package dev.cogwheel.benchmarks.internal;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;

/**
 * The loopback server's API as plain Retrofit declares it, with the headers {@link ReminderApi}'s
 * calls carry: {@code Accept: application/json} and a bearer token.
 */
public interface RawReminderApi {

  /** {@code GET }{@value LoopbackServer#PATH} with {@code authorization}. */
  @Headers("Accept: application/json")
  @GET(LoopbackServer.PATH)
  Call<Reminder> reminder(@Header("Authorization") String authorization);
}
