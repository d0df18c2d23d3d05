package dev.cogwheel.admin;

import com.google.inject.AbstractModule;
import dev.cogwheel.LifecycleBinder;
import java.util.Objects;

/**
 * Binds the {@link AdminServer}: the admin HTTP endpoint with health, readiness, metrics and the
 * lifecycle report.
 *
 * <pre>{@code
 * Container container = Container.builder()
 *     .modules(new MetricsModule(), new HttpModule(), new BotModule(), new AdminModule())
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p>The server needs {@code com.codahale.metrics.MetricRegistry}, {@code
 * com.codahale.metrics.health.HealthCheckRegistry} and {@code
 * io.prometheus.metrics.model.registry.PrometheusRegistry} bound explicitly, which {@code
 * dev.cogwheel.metrics.MetricsModule} does; without them the container's start fails with a message
 * that says so.
 *
 * <p><b>First to start, last to stop.</b> The server is declared with {@link
 * LifecycleBinder#startFirst}: wherever this module is in the list, it opens before every other
 * component starts (after the registries, when they are components, which it needs) and answers
 * {@code /health/live} and {@code /health/ready} (503 {@code STARTING}) while a slow component is
 * still starting; it is released after every other component. The server is an eager singleton in
 * every {@link com.google.inject.Stage}.
 *
 * <p>Binds {@link AdminSettings} too: override that binding to change the settings.
 */
public final class AdminModule extends AbstractModule {
  private final AdminSettings settings;

  /** The admin endpoint with the {@linkplain AdminSettings#defaults() default settings}. */
  public AdminModule() {
    this(AdminSettings.defaults());
  }

  /**
   * The admin endpoint with {@code settings}.
   *
   * @throws NullPointerException if {@code settings} is null
   */
  public AdminModule(AdminSettings settings) {
    this.settings =
        Objects.requireNonNull(settings, "AdminModule(AdminSettings): settings is null");
  }

  @Override
  protected void configure() {
    bind(AdminSettings.class).toInstance(settings);
    bind(AdminServer.class).asEagerSingleton();
    LifecycleBinder.of(binder()).startFirst(AdminServer.class);
  }
}
