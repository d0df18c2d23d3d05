package dev.cogwheel.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cogwheel.Container;
import dev.cogwheel.benchmarks.internal.LoopbackServer;
import dev.cogwheel.benchmarks.internal.RawReminderApi;
import dev.cogwheel.benchmarks.internal.Reminder;
import dev.cogwheel.benchmarks.internal.ReminderApi;
import dev.cogwheel.okhttp.ApiClient;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.HttpModule;
import dev.cogwheel.retrofit.RetrofitModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * One GET of a small JSON object, decoded to a {@link Reminder}, against a {@link LoopbackServer}
 * on 127.0.0.1 over a kept-alive connection, two ways:
 *
 * <ul>
 *   <li>Cogwheel's {@link ApiClient} from a running container ({@link HttpModule} and {@link
 *       ApiModule}), against the same request made by hand with a plain {@link OkHttpClient} and
 *       Jackson (the floor, {@code rawOkHttp});
 *   <li>a Retrofit service of {@code cogwheel-retrofit} from a running container ({@link
 *       RetrofitModule}, {@code cogwheelRetrofit}), against plain Retrofit on a plain {@code
 *       OkHttpClient} with the same Jackson converter (the floor, {@code rawRetrofit}).
 * </ul>
 *
 * All send the same headers: {@code Accept: application/json} and a bearer token.
 *
 * <p>On two cores the JIT compiles this path while the client and the server share the CPU with it:
 * the scores fall for about ten seconds, and a contender with more code to compile falls later.
 * JMH's default 5 warm-up iterations of a second measured that tail, not the call: hence {@value
 * #WARMUP_ITERATIONS}.
 */
@Warmup(iterations = ApiClientBenchmark.WARMUP_ITERATIONS)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ApiClientBenchmark {
  /** Warm-up iterations per fork, unless the command line says otherwise. */
  public static final int WARMUP_ITERATIONS = 15;

  static final String TOKEN = "benchmark-token";

  /** The loopback server both clients talk to. */
  @State(Scope.Benchmark)
  public static class ServerState {
    LoopbackServer server;

    /** Starts the server. */
    @Setup(Level.Trial)
    public void setUp() {
      server = LoopbackServer.start();
    }

    /** Stops the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      server.close();
    }
  }

  /** A running container with an {@link ApiClient} of the server. */
  @State(Scope.Benchmark)
  public static class CogwheelState {
    Container container;
    ApiClient client;

    /** Starts the container. */
    @Setup(Level.Trial)
    public void setUp(ServerState server) {
      ApiSettings settings =
          ApiSettings.builder().baseUrl(server.server.baseUrl()).token(TOKEN).build();
      container =
          Container.builder()
              .name("api-client")
              .modules(new HttpModule(), new ApiModule(settings))
              .build()
              .start();
      client = container.getInstance(ApiClient.class);
    }

    /** Stops the container, which closes the client's connections and threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
      container.stop();
    }
  }

  /** A plain OkHttpClient and a Jackson mapper, as a hand-written client would hold them. */
  @State(Scope.Benchmark)
  public static class RawState {
    final OkHttpClient client = new OkHttpClient();
    final ObjectMapper mapper = new ObjectMapper();
    HttpUrl base;

    /** Parses the server's base URL. */
    @Setup(Level.Trial)
    public void setUp(ServerState server) {
      base = HttpUrl.get(server.server.baseUrl());
    }

    /** Closes the client's connections and stops its dispatcher's threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** A running container with a Retrofit service of the server. */
  @State(Scope.Benchmark)
  public static class RetrofitState {
    Container container;
    ReminderApi service;

    /** Starts the container. */
    @Setup(Level.Trial)
    public void setUp(ServerState server) {
      ApiSettings settings =
          ApiSettings.builder().baseUrl(server.server.baseUrl()).token(TOKEN).build();
      container =
          Container.builder()
              .name("retrofit")
              .modules(new HttpModule(), RetrofitModule.of(ReminderApi.class, settings))
              .build()
              .start();
      service = container.getInstance(ReminderApi.class);
    }

    /** Stops the container, which closes the service's connections and threads. */
    @TearDown(Level.Trial)
    public void tearDown() {
      container.stop();
    }
  }

  /**
   * Plain Retrofit with Retrofit's Jackson converter, on the plain OkHttpClient of {@link
   * RawState}, which closes it.
   */
  @State(Scope.Benchmark)
  public static class RawRetrofitState {
    RawReminderApi service;

    /** Builds the service. */
    @Setup(Level.Trial)
    public void setUp(ServerState server, RawState raw) {
      service =
          new Retrofit.Builder()
              .baseUrl(server.server.baseUrl())
              .client(raw.client)
              .addConverterFactory(JacksonConverterFactory.create(new ObjectMapper()))
              .build()
              .create(RawReminderApi.class);
    }
  }

  /** {@code ApiClient.get(path, Reminder.class)}. */
  @Benchmark
  public Reminder cogwheel(CogwheelState state) {
    return state.client.get(LoopbackServer.PATH, Reminder.class);
  }

  /**
   * The same GET by hand: resolve the path, build the request, execute it, check the status and
   * decode the body with Jackson.
   *
   * @throws IllegalStateException if the answer is not 2xx
   * @throws UncheckedIOException if the call or the decoding fails
   */
  @Benchmark
  public Reminder rawOkHttp(RawState state) {
    Request request =
        new Request.Builder()
            .url(state.base.resolve(LoopbackServer.PATH))
            .header("Accept", "application/json")
            .header("Authorization", "Bearer " + TOKEN)
            .build();
    try (Response response = state.client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new IllegalStateException("GET " + request.url() + " answered " + response.code());
      }
      ResponseBody body = response.body();
      return state.mapper.readValue(body.byteStream(), Reminder.class);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + request.url() + " failed: " + e.getMessage(), e);
    }
  }

  /** {@code service.reminder()} of a Retrofit service bound by {@link RetrofitModule}. */
  @Benchmark
  public Reminder cogwheelRetrofit(RetrofitState state) {
    return state.service.reminder();
  }

  /**
   * The same GET with plain Retrofit: execute the call, check the status, take the decoded body.
   *
   * @throws IllegalStateException if the answer is not 2xx
   * @throws UncheckedIOException if the call or the decoding fails
   */
  @Benchmark
  public Reminder rawRetrofit(RawRetrofitState state) {
    try {
      retrofit2.Response<Reminder> response = state.service.reminder("Bearer " + TOKEN).execute();
      if (!response.isSuccessful()) {
        throw new IllegalStateException(
            "GET " + LoopbackServer.PATH + " answered " + response.code());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "GET " + LoopbackServer.PATH + " failed: " + e.getMessage(), e);
    }
  }
}
