package dev.cogwheel.okhttp;

import com.google.inject.AbstractModule;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import com.google.inject.spi.Dependency;
import com.google.inject.spi.ProviderWithDependencies;
import dev.cogwheel.okhttp.internal.ApiBindings;
import dev.cogwheel.okhttp.internal.RetryScheduler;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Set;

/**
 * Binds an {@link ApiClient} as an eager singleton, configured by {@link ApiSettings}.
 *
 * <pre>{@code
 * Container.builder()
 *     .modules(new ApiModule(mainApi),                    // @Inject ApiClient
 *              ApiModule.named("site", siteApi),          // @Inject @Named("site") ApiClient
 *              ApiModule.named("billing", billingApi))    // all over one connector
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p>The client reads its settings from the injector: {@code new ApiModule(settings)} binds {@code
 * ApiSettings} (and {@code named("site", settings)} binds {@code @Named("site") ApiSettings}) to
 * the given settings, so a test can swap them ({@code Modules.override}, or the JUnit extension's
 * {@code @Bind}); {@code new ApiModule()} and {@code named("site")} leave that binding to another
 * module, for settings that are only known once something else has started — the client then
 * depends on whatever the settings depend on, and starts after it.
 *
 * <p>It installs {@code new HttpModule()} itself, so the clients of every API module share one
 * {@link HttpSession} and one {@link Connector}; add {@code new HttpModule(settings)} to configure
 * them (see {@link HttpModule} on installing it more than once).
 *
 * <p>The client is created while the container starts. An invalid {@link ApiSettings#baseUrl()}
 * fails the start: {@link dev.cogwheel.StartupException} names the client's key, the setting {@code
 * baseUrl} and the value. Two API modules for the same key are a configuration error.
 */
public final class ApiModule extends AbstractModule {
  private final Key<ApiClient> key;
  private final Key<ApiSettings> settingsKey;
  private final String name;
  private final ApiSettings settings;

  /**
   * A module that binds {@code ApiClient}, and {@code ApiSettings} to {@code settings}.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  public ApiModule(ApiSettings settings) {
    this(null, Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A module that binds {@code ApiClient} configured by the {@code ApiSettings} that another module
   * binds. A missing binding fails the start with Guice's message naming {@code ApiSettings}.
   */
  public ApiModule() {
    this(null, null);
  }

  private ApiModule(String name, ApiSettings settings) {
    this.name = name;
    this.key =
        name == null ? Key.get(ApiClient.class) : Key.get(ApiClient.class, Names.named(name));
    this.settingsKey =
        name == null ? Key.get(ApiSettings.class) : Key.get(ApiSettings.class, Names.named(name));
    this.settings = settings;
  }

  /**
   * A module that binds {@code @Named(name) ApiClient}, and {@code @Named(name) ApiSettings} to
   * {@code settings}, for a service that talks to several APIs.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} or {@code settings} is null
   */
  public static ApiModule named(String name, ApiSettings settings) {
    return new ApiModule(checkName(name), Objects.requireNonNull(settings, "settings"));
  }

  /**
   * A module that binds {@code @Named(name) ApiClient} configured by the {@code @Named(name)
   * ApiSettings} that another module binds.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} is null
   */
  public static ApiModule named(String name) {
    return new ApiModule(checkName(name), null);
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("ApiModule.name must not be blank, got '" + name + "'");
    }
    return name;
  }

  @Override
  protected void configure() {
    install(new ApiBindings());
    if (settings != null) {
      bind(settingsKey).toInstance(settings);
    }
    bind(key).toProvider(new ApiClientProvider(name, settingsKey)).asEagerSingleton();
  }

  @Override
  public String toString() {
    return "ApiModule["
        + (name == null ? "ApiClient" : "@Named(\"" + name + "\") ApiClient")
        + ", "
        + (settings != null ? settings : "settings bound elsewhere")
        + "]";
  }

  /**
   * Creates the client once the session, the retry scheduler and its settings are ready. Declares
   * those as its dependencies, so the container's graph (and stop order) sees them.
   */
  private static final class ApiClientProvider implements ProviderWithDependencies<ApiClient> {
    private final String name;
    private final Key<ApiSettings> settingsKey;
    @Inject private HttpSession session;
    @Inject private RetryScheduler scheduler;
    private Provider<ApiSettings> settings;

    ApiClientProvider(String name, Key<ApiSettings> settingsKey) {
      this.name = name;
      this.settingsKey = settingsKey;
    }

    @Inject
    void resolveSettings(Injector injector) {
      settings = injector.getProvider(settingsKey);
    }

    @Override
    public ApiClient get() {
      return new ApiClient(name, settings.get(), session, scheduler);
    }

    @Override
    public Set<Dependency<?>> getDependencies() {
      return Set.of(
          Dependency.get(Key.get(HttpSession.class)),
          Dependency.get(Key.get(RetryScheduler.class)),
          Dependency.get(settingsKey));
    }

    @Override
    public String toString() {
      return "ApiClientProvider[" + (name == null ? "ApiClient" : name) + "]";
    }
  }
}
