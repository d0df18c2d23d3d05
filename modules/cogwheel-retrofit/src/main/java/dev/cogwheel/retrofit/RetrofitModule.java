package dev.cogwheel.retrofit;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.ProviderWithDependencies;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.HttpSession;
import dev.cogwheel.okhttp.internal.ApiBindings;
import dev.cogwheel.okhttp.internal.RetryScheduler;
import dev.cogwheel.retrofit.internal.ServiceProxy;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;

/**
 * Binds a Retrofit service interface as an eager singleton on the container's {@link HttpSession},
 * configured by {@link ApiSettings} — with what {@link dev.cogwheel.okhttp.ApiClient} gives its
 * calls: retries, typed errors, a token that never shows, the session's interceptors and metrics,
 * cancellation at stop.
 *
 * <pre>{@code
 * interface SiteApi {
 *   @GET("reminders") List<Reminder> reminders(@Query("due") String due);
 *   @POST("reminders/{id}/sent") Void markSent(@Path("id") long id);
 * }
 *
 * Container.builder()
 *     .modules(RetrofitModule.of(SiteApi.class, siteSettings),          // @Inject SiteApi
 *              RetrofitModule.named("billing", BillingApi.class, billing), // @Inject @Named("billing") BillingApi
 *              ApiModule.named("search", searchSettings))                // all over one connector
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p><b>Return types.</b> A method may return
 *
 * <ul>
 *   <li>a plain {@code T}, sent on the caller's thread: the body decoded with the settings' Jackson
 *       mapper ({@code Void}, 204, 205 and an empty body give {@code null}); an answer outside 2xx
 *       throws {@link dev.cogwheel.okhttp.ApiException} (status, method, URL, body excerpt), a body
 *       that is not the JSON expected {@link dev.cogwheel.okhttp.ApiDecodingException}, an I/O
 *       failure or timeout {@link java.io.UncheckedIOException} naming the method and URL;
 *   <li>{@code Response<T>}, sent on the caller's thread: as a plain {@code T}, but an answer
 *       outside 2xx is returned as Retrofit's error response, its body in {@code errorBody()};
 *   <li>{@code CompletableFuture<T>} (or {@code CompletableFuture<Response<T>>}): enqueued on
 *       OkHttp's dispatcher; the future completes on a dispatcher thread, with what the blocking
 *       form returns or throws; cancelling it cancels the call;
 *   <li>{@code Call<T>}: Retrofit's call, executed or enqueued by the caller as Retrofit's own
 *       ({@code execute()} throws {@link java.io.IOException} on an I/O failure); {@code cancel()}
 *       cancels it.
 * </ul>
 *
 * Bodies are written with the same mapper (Retrofit's Jackson converter). A request that cannot be
 * built — an argument Retrofit refuses, a body that cannot be written as JSON, a URL ({@code @Url}
 * or an absolute path) off the base URL's scheme, host and port, where the token must not go —
 * throws {@link IllegalArgumentException} naming the service.
 *
 * <p><b>Shared with {@code ApiClient}.</b> The calls run on the same code as {@code ApiClient}'s:
 * GET, PUT and DELETE are retried after an I/O failure or an answer of 429, 502, 503 or 504, with
 * exponential backoff and jitter, or what {@code Retry-After} asks for up to {@link
 * ApiSettings#maxRetryAfter()}; POST and PATCH are never sent twice; every request carries {@code
 * Accept: application/json} (unless it sets its own) and {@code Authorization: <scheme> <token>};
 * the token never appears in a message, a log line or a {@code toString()}. The calls go through
 * the session's client, so its contributed interceptors and event listeners (the HTTP metrics of
 * {@code cogwheel-metrics}, for example) see each of them.
 *
 * <p>{@link #of(Class)} and {@link #named(String, Class)} leave the settings' binding to another
 * module, as {@code new ApiModule()} and {@code ApiModule.named(name)} do.
 *
 * <p><b>Lifecycle.</b> The service is created while the container starts, after the session, and
 * appears in {@code container.components()} with its dependencies; a component that injects it
 * finds it ready. An invalid {@link ApiSettings#baseUrl()}, or a method Retrofit does not accept,
 * fails the start: {@link dev.cogwheel.StartupException} names the service's key and what is wrong.
 * The module installs {@code new HttpModule()} itself, as {@link ApiModule} does, so any number of
 * services and API modules share one connector and session. At stop the service is stopped before
 * the session: calls in flight, and those waiting to retry, fail with {@link
 * java.util.concurrent.CancellationException}; later calls fail at once with an {@link
 * IllegalStateException} naming the service. The bound object is also {@link AutoCloseable}, the
 * way the container stops it; a service interface must therefore not declare {@code close()}.
 *
 * <p>Thread-safe, as Retrofit's services are.
 */
public final class RetrofitModule extends AbstractModule {
  private final Class<?> service;
  private final String name;
  private final ApiSettings settings;

  private RetrofitModule(Class<?> service, String name, ApiSettings settings) {
    this.service = checkService(service);
    this.name = name;
    this.settings = settings;
  }

  /**
   * A module that binds {@code service}, an interface of Retrofit annotations, to its
   * implementation reaching the API {@code settings} describe.
   *
   * @throws IllegalArgumentException if {@code service} is not an interface, or declares {@code
   *     close()}
   * @throws NullPointerException if {@code service} or {@code settings} is null
   */
  public static <T> RetrofitModule of(Class<T> service, ApiSettings settings) {
    return new RetrofitModule(service, null, Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A module that binds {@code service} configured by the {@code ApiSettings} that another module
   * binds, for settings that are only known once something else has started: the service then
   * depends on whatever the settings depend on, and starts after it. A missing binding fails the
   * start with Guice's message naming {@code ApiSettings}.
   *
   * @throws IllegalArgumentException if {@code service} is not an interface, or declares {@code
   *     close()}
   * @throws NullPointerException if {@code service} is null
   */
  public static <T> RetrofitModule of(Class<T> service) {
    return new RetrofitModule(service, null, null);
  }

  /**
   * A module that binds {@code @Named(name) service}, for a program that talks to two APIs through
   * the same interface, or that names its APIs.
   *
   * @throws IllegalArgumentException if {@code name} is blank, or {@code service} is not an
   *     interface or declares {@code close()}
   * @throws NullPointerException if an argument is null
   */
  public static <T> RetrofitModule named(String name, Class<T> service, ApiSettings settings) {
    return new RetrofitModule(
        service, checkName(name), Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A module that binds {@code @Named(name) service} configured by the {@code @Named(name)
   * ApiSettings} that another module binds — the same settings an {@code ApiModule.named(name)}
   * reads, so a service and an {@code ApiClient} of one API can share them. See {@link #of(Class)}.
   *
   * @throws IllegalArgumentException if {@code name} is blank, or {@code service} is not an
   *     interface or declares {@code close()}
   * @throws NullPointerException if an argument is null
   */
  public static <T> RetrofitModule named(String name, Class<T> service) {
    return new RetrofitModule(service, checkName(name), null);
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "RetrofitModule.name must not be blank, got '" + name + "'");
    }
    return name;
  }

  private static Class<?> checkService(Class<?> service) {
    Objects.requireNonNull(service, "service");
    if (!service.isInterface()) {
      throw new IllegalArgumentException(
          "RetrofitModule: " + service.getName() + " is not an interface");
    }
    for (var method : service.getMethods()) {
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        throw new IllegalArgumentException(
            "RetrofitModule: "
                + service.getName()
                + " declares close(), which the container calls to stop the service");
      }
    }
    return service;
  }

  @Override
  protected void configure() {
    install(new ApiBindings());
    Key<ApiSettings> settingsKey = null;
    if (settings == null) {
      settingsKey =
          name == null ? Key.get(ApiSettings.class) : Key.get(ApiSettings.class, Names.named(name));
    }
    bind(key())
        .toProvider(new ServiceProvider<>(service, serviceName(), settings, settingsKey))
        .asEagerSingleton();
  }

  @SuppressWarnings("unchecked") // the key of the service's own type
  private Key<Object> key() {
    return (Key<Object>) (name == null ? Key.get(service) : Key.get(service, Names.named(name)));
  }

  private String serviceName() {
    return "Retrofit service " + service.getSimpleName() + (name == null ? "" : " '" + name + "'");
  }

  @Override
  public String toString() {
    return "RetrofitModule["
        + (name == null ? "" : "@Named(\"" + name + "\") ")
        + service.getName()
        + ", "
        + (settings != null ? settings : "settings bound elsewhere")
        + "]";
  }

  /**
   * Creates the service once the session, the retry scheduler and, when they are bound elsewhere,
   * its settings are ready. Declares those as its dependencies, so the container's graph (and stop
   * order) sees them.
   */
  private static final class ServiceProvider<T> implements ProviderWithDependencies<T> {
    private final Class<T> service;
    private final String name;
    private final ApiSettings settings;
    private final Key<ApiSettings> settingsKey;
    @Inject private HttpSession session;
    @Inject private RetryScheduler scheduler;
    private Provider<ApiSettings> boundSettings;

    /** With {@code settings}, or else with the settings bound at {@code settingsKey}. */
    ServiceProvider(
        Class<T> service, String name, ApiSettings settings, Key<ApiSettings> settingsKey) {
      this.service = service;
      this.name = name;
      this.settings = settings;
      this.settingsKey = settingsKey;
    }

    @Inject
    void resolveSettings(Injector injector) {
      if (settingsKey != null) {
        boundSettings = injector.getProvider(settingsKey);
      }
    }

    @Override
    public T get() {
      ApiSettings used = settings != null ? settings : boundSettings.get();
      return ServiceProxy.create(service, name, used, session, scheduler);
    }

    @Override
    public Set<Dependency<?>> getDependencies() {
      Dependency<?> session = Dependency.get(Key.get(HttpSession.class));
      Dependency<?> scheduler = Dependency.get(Key.get(RetryScheduler.class));
      return settingsKey == null
          ? Set.of(session, scheduler)
          : Set.of(session, scheduler, Dependency.get(settingsKey));
    }

    @Override
    public String toString() {
      return "ServiceProvider[" + name + "]";
    }
  }
}
