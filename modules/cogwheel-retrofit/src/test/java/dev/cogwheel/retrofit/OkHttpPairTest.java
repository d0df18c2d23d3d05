package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogwheel.retrofit.SiteApi.Reminder;
import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttp;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Retrofit 3.0.0 and its Jackson converter, which declare OkHttp 4.12, run on the OkHttp 5 of the
 * project: only one OkHttp is on the class path, and Retrofit's own calls and converter work on it.
 */
class OkHttpPairTest {
  @StartStop MockWebServer server = new MockWebServer();

  @Test
  void theOnlyOkHttpOnTheClassPathIsVersion5() throws IOException {
    List<URL> okhttps =
        Collections.list(getClass().getClassLoader().getResources("okhttp3/OkHttpClient.class"));

    assertThat(OkHttp.VERSION).startsWith("5.");
    assertThat(okhttps).hasSize(1);
    assertThat(okhttps.get(0).toString()).contains("okhttp-jvm-5.");
  }

  @Test
  void retrofitsOwnCallsAndConverterWorkOnOkHttp5() throws Exception {
    server.enqueue(new MockResponse.Builder().body("{\"id\":7,\"text\":\"x\"}").build());
    server.enqueue(new MockResponse.Builder().body("{\"id\":8,\"text\":\"y\"}").build());
    Dispatcher dispatcher = new Dispatcher();
    ConnectionPool pool = new ConnectionPool();
    OkHttpClient client =
        new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(pool).build();
    try {
      SiteApi plain =
          new Retrofit.Builder()
              .baseUrl(Running.baseUrl(server))
              .client(client)
              .addConverterFactory(JacksonConverterFactory.create())
              .build()
              .create(SiteApi.class);

      Response<Reminder> executed = plain.reminderCall(7).execute();
      Reminder completed = plain.reminderAsync(8).get(5, TimeUnit.SECONDS);

      assertThat(executed.body()).isEqualTo(new Reminder(7, "x"));
      assertThat(completed).isEqualTo(new Reminder(8, "y"));
    } finally {
      dispatcher.executorService().shutdown();
      pool.evictAll();
      assertThat(dispatcher.executorService().awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }
}
