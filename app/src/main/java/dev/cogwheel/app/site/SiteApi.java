package dev.cogwheel.app.site;

import retrofit2.http.GET;

/**
 * The site API as a Retrofit interface, bound as {@code @Named("site") SiteApi} by {@link
 * SiteModule} on the same settings as the {@code @Named("site") ApiClient}.
 */
public interface SiteApi {

  /**
   * The counts of the site's reminders: {@code GET stats}.
   *
   * @throws dev.cogwheel.okhttp.ApiException if the site answers outside 2xx
   * @throws java.io.UncheckedIOException if the site cannot be reached, after the retries
   */
  @GET("stats")
  ReminderStats stats();
}
