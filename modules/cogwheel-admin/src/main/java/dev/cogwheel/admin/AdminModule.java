package dev.cogwheel.admin;

import com.google.inject.AbstractModule;
import java.util.Objects;

/**
 * Binds the {@link AdminServer}: the admin HTTP endpoint with health, readiness, metrics and the
 * lifecycle report.
 *
 * <pre>{@code
 * Container container = Container.builder()
 *     .modules(new AdminModule(), new MetricsModule(), new HttpModule(), new BotModule())
 *     .build()
 *     .start();
 * }</pre>
 *
 * <p>The server needs {@code com.codahale.metrics.MetricRegistry} and {@code
 * com.codahale.metrics.health.HealthCheckRegistry} bound explicitly, which {@code
 * dev.cogwheel.metrics.MetricsModule} does; without them the container's start fails with a
 * message that says so.
 *
 * <p><b>Install it first.</b> The server is an eager singleton that depends on nothing but the
 * registries and the {@code Container}, and Guice creates eager singletons in binding order, so
 * with this module first in the list the server opens before the other components start, and
 * answers {@code /health/live} and {@code /health/ready} (503 {@code STARTING}) while a slow
 * component is still starting. The server is an eager singleton in every {@link
 * com.google.inject.Stage}.
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
    this.settings = Objects.requireNonNull(settings, "AdminModule(AdminSettings): settings is null");
  }

  @Override
  protected void configure() {
    bind(AdminSettings.class).toInstance(settings);
    bind(AdminServer.class).asEagerSingleton();
  }
}
