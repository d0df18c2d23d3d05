package dev.cogwheel.okhttp;

import com.google.inject.AbstractModule;
import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;
import dev.cogwheel.okhttp.internal.ApplicationInterceptors;
import dev.cogwheel.okhttp.internal.HttpBindings;
import dev.cogwheel.okhttp.internal.HttpSettingsChoice;
import dev.cogwheel.okhttp.internal.NetworkInterceptors;
import dev.cogwheel.okhttp.internal.SessionEventListeners;
import java.util.Objects;
import okhttp3.EventListener;
import okhttp3.Interceptor;

/**
 * Binds the {@link Connector} and the {@link HttpSession} as eager singletons, configured by {@link
 * HttpSettings}.
 *
 * <pre>{@code
 * Container.builder()
 *     .modules(new HttpModule(HttpSettings.builder().readTimeout(Duration.ofSeconds(5)).build()),
 *              new ApiModule(siteSettings))
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p><b>Installing it more than once is harmless.</b> {@link ApiModule} installs {@code new
 * HttpModule()} itself, so a container of API modules alone works. Every {@code HttpModule} shares
 * one set of bindings, which Guice installs once; {@code new HttpModule()} contributes nothing
 * else, and {@code new HttpModule(settings)} replaces the default settings. Modules with equal
 * settings are equal. Two modules given different settings fail the start with an {@link
 * IllegalArgumentException} that shows both settings and where the code made each module.
 *
 * <p><b>Extending the session.</b> Other modules contribute interceptors and event listeners
 * through the static multibinder helpers, from their own {@code configure()}:
 *
 * <pre>{@code
 * HttpModule.interceptors(binder()).addBinding().toInstance(new RequestIdInterceptor());
 * HttpModule.eventListenerFactories(binder()).addBinding().to(HttpTimings.class);
 * }</pre>
 */
public final class HttpModule extends AbstractModule {
  private final HttpSettings settings;

  /** The settings and where this module was made, for the error if another module disagrees. */
  private final HttpSettingsChoice choice;

  /** A module with the {@linkplain HttpSettings#defaults() default settings}. */
  public HttpModule() {
    this.settings = null;
    this.choice = null;
  }

  /**
   * A module with {@code settings}.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  public HttpModule(HttpSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.choice = HttpSettingsChoice.of(settings, HttpModule.class);
  }

  /**
   * The application interceptors of the session's client, in binding order: they see each call
   * once, before retries and redirects, on the thread that runs the call.
   */
  public static Multibinder<Interceptor> interceptors(Binder binder) {
    return Multibinder.newSetBinder(binder, Interceptor.class, ApplicationInterceptors.class);
  }

  /**
   * The network interceptors of the session's client, in binding order: they see every request that
   * goes on the wire, redirects and retries included.
   */
  public static Multibinder<Interceptor> networkInterceptors(Binder binder) {
    return Multibinder.newSetBinder(binder, Interceptor.class, NetworkInterceptors.class);
  }

  /**
   * The event listener factories of the session's client. OkHttp takes one factory; the session
   * combines all those bound here into one, so each of them gets its own listener for every call
   * and sees every event, in binding order.
   */
  public static Multibinder<EventListener.Factory> eventListenerFactories(Binder binder) {
    return Multibinder.newSetBinder(
        binder, EventListener.Factory.class, SessionEventListeners.class);
  }

  @Override
  protected void configure() {
    install(new HttpBindings());
    if (choice != null) {
      Multibinder.newSetBinder(binder(), HttpSettingsChoice.class).addBinding().toInstance(choice);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpModule && Objects.equals(settings, ((HttpModule) o).settings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(HttpModule.class, settings);
  }

  @Override
  public String toString() {
    return "HttpModule[" + (settings == null ? "defaults" : settings) + "]";
  }
}
