package dev.cogwheel.benchmarks.internal;

import retrofit2.http.GET;

/**
 * The loopback server's API as a Retrofit service of {@code cogwheel-retrofit}, which sends the
 * {@code Accept} and {@code Authorization} headers itself.
 */
public interface ReminderApi {

  /** {@code GET }{@value LoopbackServer#PATH}, decoded. */
  @GET(LoopbackServer.PATH)
  Reminder reminder();
}
