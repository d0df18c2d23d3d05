package dev.cogwheel.app;

import com.google.inject.AbstractModule;
import dev.cogwheel.admin.AdminModule;
import dev.cogwheel.admin.AdminSettings;
import dev.cogwheel.app.cogs.DigestCogModule;
import dev.cogwheel.app.cogs.ReminderCogModule;
import dev.cogwheel.app.site.SiteModule;
import dev.cogwheel.metrics.MetricsModule;
import dev.cogwheel.okhttp.HttpModule;
import java.time.Duration;

/**
 * The whole service: the admin endpoint first (so it answers from the beginning of the start to the
 * end of the stop), metrics with an SLF4J reporter of the cogs' work and the container's state
 * every minute (every metric stays on {@code /metrics}), the HTTP connector and session, the site
 * API client (to the embedded demo site or a real one), and the cogs.
 */
public final class AppModule extends AbstractModule {
  private final AppOptions options;

  public AppModule(AppOptions options) {
    this.options = options;
  }

  @Override
  protected void configure() {
    install(new AdminModule(AdminSettings.builder().port(options.adminPort()).build()));
    install(
        MetricsModule.builder()
            .slf4j("dev.cogwheel.app.metrics")
            .filter(
                (name, metric) ->
                    name.startsWith("cogs.") || name.startsWith("cogwheel.container."))
            .period(Duration.ofMinutes(1))
            .build());
    install(new HttpModule());
    install(new SiteModule(options.siteUrl(), options.siteToken()));
    install(new ReminderCogModule());
    install(new DigestCogModule());
  }
}
