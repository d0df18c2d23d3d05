package dev.cogwheel.okhttp;

import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provider;
import com.google.inject.name.Names;
import dev.cogwheel.okhttp.internal.ApiBindings;
import dev.cogwheel.okhttp.internal.RetryScheduler;
import jakarta.inject.Inject;
import java.util.Objects;

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
  private final String name;
  private final ApiSettings settings;

  /**
   * A module that binds {@code ApiClient} without a qualifier.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  public ApiModule(ApiSettings settings) {
    this(Key.get(ApiClient.class), null, settings);
  }

  private ApiModule(Key<ApiClient> key, String name, ApiSettings settings) {
    this.key = key;
    this.name = name;
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * A module that binds {@code @Named(name) ApiClient}, for a service that talks to several APIs.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   * @throws NullPointerException if {@code name} or {@code settings} is null
   */
  public static ApiModule named(String name, ApiSettings settings) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("ApiModule.named: the name must not be blank");
    }
    return new ApiModule(Key.get(ApiClient.class, Names.named(name)), name, settings);
  }

  @Override
  protected void configure() {
    install(new ApiBindings());
    bind(key).toProvider(new ApiClientProvider(name, settings)).asEagerSingleton();
  }

  @Override
  public String toString() {
    return "ApiModule["
        + (name == null ? "ApiClient" : "@Named(\"" + name + "\") ApiClient")
        + ", "
        + settings
        + "]";
  }

  /** Creates the client once the session and the retry scheduler it uses have started. */
  private static final class ApiClientProvider implements Provider<ApiClient> {
    private final String name;
    private final ApiSettings settings;
    @Inject private HttpSession session;
    @Inject private RetryScheduler scheduler;

    ApiClientProvider(String name, ApiSettings settings) {
      this.name = name;
      this.settings = settings;
    }

    @Override
    public ApiClient get() {
      return new ApiClient(name, settings, session, scheduler);
    }

    @Override
    public String toString() {
      return "ApiClientProvider[" + (name == null ? "ApiClient" : name) + "]";
    }
  }
}
