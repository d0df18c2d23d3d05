package dev.cogwheel.retrofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.Connector;
import dev.cogwheel.okhttp.HttpSession;
import dev.cogwheel.retrofit.SiteApi.Reminder;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/** The service as a managed component: start order, components, stop, a call after the stop. */
class LifecycleTest {
  private static final String REMINDER = "{\"id\":7,\"text\":\"x\"}";

  @StartStop MockWebServer server = new MockWebServer();

  private Running app;
  private String base;

  @BeforeEach
  void start() {
    base = Running.baseUrl(server);
    app =
        Running.start(
            RetrofitModule.of(SiteApi.class, ApiSettings.builder().baseUrl(base).build()),
            new CogModule());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** A component that uses the service from its {@code @PostConstruct}. */
  static final class Cog {
    final SiteApi site;
    Reminder first;

    @Inject
    Cog(SiteApi site) {
      this.site = site;
    }

    @PostConstruct
    void start() {
      first = site.reminder(1L);
    }
  }

  private final class CogModule extends AbstractModule {
    @Override
    protected void configure() {
      server.enqueue(new MockResponse.Builder().body("{\"id\":1,\"text\":\"first\"}").build());
      bind(Cog.class).asEagerSingleton();
    }
  }

  private Component component(Key<?> key) {
    return app.container.components().stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aComponentInjectingTheServiceStartsAfterItAndFindsItReady() {
    Component service = component(Key.get(SiteApi.class));
    Component cog = component(Key.get(Cog.class));
    Component session = component(Key.get(HttpSession.class));

    assertThat(app.get(Cog.class).first).isEqualTo(new Reminder(1, "first"));
    assertThat(session.startOrder()).isLessThan(service.startOrder());
    assertThat(service.startOrder()).isLessThan(cog.startOrder());
    assertThat(service.dependencies())
        .containsExactlyInAnyOrder(Key.get(HttpSession.class), Key.get(Connector.class));
    assertThat(cog.dependencies()).contains(Key.get(SiteApi.class));
  }

  @Test
  void stopCancelsEveryCallInFlight() throws Exception {
    SiteApi site = app.get(SiteApi.class);
    server.takeRequest();
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    ExecutorService caller = Executors.newSingleThreadExecutor();
    try {
      Future<Reminder> blocking = caller.submit(() -> site.reminder(7L));
      CompletableFuture<Reminder> async = site.reminderAsync(7);
      CompletableFuture<Throwable> enqueued = new CompletableFuture<>();
      site.reminderCall(7).enqueue(failureInto(enqueued));
      for (int i = 0; i < 3; i++) {
        assertThat(server.takeRequest(5, TimeUnit.SECONDS)).as("call %d arrived", i).isNotNull();
      }

      app.container.stop();

      String cancelled =
          "GET " + base + "reminders/7 was cancelled: Retrofit service SiteApi is stopped";
      assertThat(catchThrowable(() -> blocking.get(5, TimeUnit.SECONDS)))
          .isInstanceOf(ExecutionException.class)
          .cause()
          .isInstanceOf(CancellationException.class)
          .hasMessage(cancelled);
      // what the future was completed with (its get() wraps a cancellation on JDK 23+)
      assertThat(async.handle((value, failure) -> failure).get(5, TimeUnit.SECONDS))
          .isInstanceOf(CancellationException.class)
          .hasMessage(cancelled);
      assertThat(enqueued.get(5, TimeUnit.SECONDS))
          .isInstanceOf(CancellationException.class)
          .hasMessage(cancelled);
      assertThat(Running.connectorThreads(app.container)).isEmpty();
      assertThat(app.connector().connectionPool().connectionCount()).isZero();
    } finally {
      caller.shutdownNow();
      assertThat(caller.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aCallAfterTheStopFailsAtOnceNamingTheService() throws InterruptedException {
    SiteApi site = app.get(SiteApi.class);
    app.container.stop();

    String refused =
        "Retrofit service SiteApi is stopped: GET " + base + "reminders/7 was not sent";
    assertThat(catchThrowable(() -> site.reminder(7L)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(refused);
    assertThat(catchThrowable(() -> site.reminderResponse(7)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(refused);
    assertThat(catchThrowable(() -> site.reminderCall(7).execute()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(refused);
    assertThat(site.reminderAsync(7))
        .failsWithin(0, TimeUnit.SECONDS)
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(IllegalStateException.class)
        .withMessage(refused);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(Running.connectorThreads(app.container)).isEmpty();
  }

  @Test
  void aRestartedContainerHasAFreshServiceThatWorks() {
    SiteApi first = app.get(SiteApi.class);
    app.container.stop();
    server.enqueue(new MockResponse.Builder().body("{\"id\":1,\"text\":\"again\"}").build());
    server.enqueue(new MockResponse.Builder().body(REMINDER).build());

    app.container.start();

    SiteApi site = app.get(SiteApi.class);
    assertThat(site).isNotSameAs(first);
    assertThat(site.reminder(7L)).isEqualTo(new Reminder(7, "x"));
  }

  @Test
  void theServiceIsAnEagerSingleton() {
    assertThat(app.get(SiteApi.class)).isSameAs(app.get(Cog.class).site);
  }

  private static <T> Callback<T> failureInto(CompletableFuture<Throwable> failure) {
    return new Callback<>() {
      @Override
      public void onResponse(Call<T> call, Response<T> response) {
        failure.completeExceptionally(new AssertionError("expected a failure, got " + response));
      }

      @Override
      public void onFailure(Call<T> call, Throwable t) {
        failure.complete(t);
      }
    };
  }

  /** An interface Retrofit does not accept: a method without an HTTP annotation. */
  interface Unannotated {
    Reminder reminder(long id);
  }

  @Test
  void aMethodRetrofitDoesNotAcceptFailsTheStartNamingIt() {
    Container container =
        Container.builder()
            .name(Running.NAME)
            .modules(
                RetrofitModule.of(Unannotated.class, ApiSettings.builder().baseUrl(base).build()))
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(container.state()).isEqualTo(State.FAILED);
    assertThat(e.component()).contains(Key.get(Unannotated.class));
    assertThat(e.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HTTP method annotation is required")
        .hasMessageContaining("Unannotated.reminder");
    assertThat(Running.threadsBesidesOkHttpShared(container)).isEmpty();
  }

  @Test
  void anInvalidBaseUrlFailsTheStartNamingTheSettingAndTheService() {
    Container container =
        Container.builder()
            .name(Running.NAME)
            .modules(
                RetrofitModule.named(
                    "site",
                    SiteApi.class,
                    ApiSettings.builder().baseUrl("ftp://example.com/").build()))
            .build();

    StartupException e = catchThrowableOfType(StartupException.class, container::start);

    assertThat(e.component()).contains(Key.get(SiteApi.class, Names.named("site")));
    assertThat(e.getCause())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ApiSettings.baseUrl must be an absolute http or https URL without user info, query or"
                + " fragment, got 'ftp://example.com/' (Retrofit service SiteApi 'site')");
  }

  /** Not a service interface: Retrofit needs an interface, and the container calls close(). */
  interface Closeable extends AutoCloseable {
    @Override
    void close();
  }

  @Test
  void theModuleRefusesWhatCannotBeAServiceAtOnce() {
    ApiSettings settings = ApiSettings.builder().baseUrl(base).build();

    assertThat(catchThrowable(() -> RetrofitModule.of(Reminder.class, settings)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RetrofitModule: " + Reminder.class.getName() + " is not an interface");
    assertThat(catchThrowable(() -> RetrofitModule.of(Closeable.class, settings)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RetrofitModule: "
                + Closeable.class.getName()
                + " declares close(), which the container calls to stop the service");
    assertThat(catchThrowable(() -> RetrofitModule.named(" ", SiteApi.class, settings)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RetrofitModule.name must not be blank, got ' '");
  }

  @Test
  void theServiceIsAComponentOfItsOwnType() {
    List<Key<?>> keys =
        app.container.components().stream().map(Component::key).collect(Collectors.toList());

    assertThat(keys).contains(Key.get(SiteApi.class));
    assertThat(app.get(SiteApi.class))
        .isInstanceOf(SiteApi.class)
        .isInstanceOf(AutoCloseable.class);
  }
}
