package dev.cogwheel.admin;

import com.google.inject.AbstractModule;
import com.google.inject.spi.InjectionPoint;
import java.lang.reflect.Constructor;
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
 * dev.cogwheel.metrics.MetricsModule} does; without them the container's start fails with a message
 * that says so.
 *
 * <p><b>Install it first.</b> The server is an eager singleton that depends on nothing but the
 * registries and the {@code Container}. Guice creates eager singletons in the order of their
 * bindings, except that untargetted bindings ({@code bind(Foo.class)}, {@code
 * bind(Foo.class).asEagerSingleton()}) all come after the targeted ones; the server's binding is a
 * constructor binding, which keeps its place. So with this module first in the list the server
 * opens before every other component starts (after the registries, when they are components), and
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
    this.settings =
        Objects.requireNonNull(settings, "AdminModule(AdminSettings): settings is null");
  }

  @Override
  protected void configure() {
    bind(AdminSettings.class).toInstance(settings);
    bind(AdminServer.class).toConstructor(adminServerConstructor()).asEagerSingleton();
  }

  /**
   * The server's {@code @Inject} constructor: a constructor binding keeps its place in binding
   * order.
   */
  @SuppressWarnings("unchecked") // the constructor of AdminServer constructs AdminServer
  private static Constructor<AdminServer> adminServerConstructor() {
    return (Constructor<AdminServer>)
        InjectionPoint.forConstructorOf(AdminServer.class).getMember();
  }
}
