package dev.cogwheel.retrofit;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Url;

/** The test's site API: one method per return kind and per HTTP method. */
public interface SiteApi {

  /** A reminder, as the site keeps it. */
  record Reminder(long id, String text) {}

  @GET("reminders/{id}")
  Reminder reminder(@Path("id") Long id);

  @GET("reminders")
  List<Reminder> reminders(@Query("due") String due);

  @GET("reminders/{id}")
  Response<Reminder> reminderResponse(@Path("id") long id);

  @GET("reminders/{id}")
  CompletableFuture<Reminder> reminderAsync(@Path("id") long id);

  @GET("reminders/{id}")
  CompletableFuture<Response<Reminder>> reminderResponseAsync(@Path("id") long id);

  @GET("reminders/{id}")
  Call<Reminder> reminderCall(@Path("id") long id);

  @GET
  Reminder at(@Url String url);

  @POST("reminders")
  Reminder create(@Body Reminder reminder);

  @POST("reminders")
  CompletableFuture<Reminder> createAsync(@Body Reminder reminder);

  @POST("things")
  Void send(@Body Object body);

  @PUT("reminders/{id}")
  Reminder replace(@Path("id") long id, @Body Reminder reminder);

  @PATCH("reminders/{id}")
  Reminder amend(@Path("id") long id, @Body Reminder reminder);

  @DELETE("reminders/{id}")
  Void delete(@Path("id") long id);
}
