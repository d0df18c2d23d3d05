package dev.cogwheel.app.site;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.name.Names;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.RetrofitModule;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The site API, reached two ways on one set of settings ({@code @Named("site") ApiSettings}): as
 * {@code @Named("site") ApiClient} and as the Retrofit interface {@code @Named("site") SiteApi};
 * and the {@link SiteCheck} that proves it answers before the cogs start. With a URL they talk to
 * that site; without one it starts the embedded {@link DemoSite}, which the settings, and so both
 * clients, then depend on, so the site starts before them and stops after them.
 */
public final class SiteModule extends AbstractModule {
  private final Optional<URI> url;
  private final Optional<String> token;

  /**
   * @param url the site API's base URL, or empty for the embedded demo site
   * @param token the site API's token, if any
   */
  public SiteModule(Optional<URI> url, Optional<String> token) {
    this.url = url;
    this.token = token;
  }

  @Override
  protected void configure() {
    install(ApiModule.named("site"));
    install(RetrofitModule.named("site", SiteApi.class));
    bind(SiteCheck.class).asEagerSingleton();
    if (url.isPresent()) {
      bind(Key.get(ApiSettings.class, Names.named("site")))
          .toInstance(settings(url.get().toString(), token));
    } else {
      install(new EmbeddedDemoSite());
    }
  }

  static ApiSettings settings(String baseUrl, Optional<String> token) {
    ApiSettings.Builder settings =
        ApiSettings.builder()
            .baseUrl(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/")
            .maxAttempts(3)
            .initialBackoff(Duration.ofMillis(100))
            .objectMapper(
                JsonMapper.builder()
                    .addModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build());
    token.ifPresent(settings::token);
    return settings.build();
  }

  /** The embedded demo site, and settings that make the site client depend on it. */
  private static final class EmbeddedDemoSite extends AbstractModule {
    @Override
    protected void configure() {
      bind(DemoSite.class).asEagerSingleton();
    }

    @Provides
    @Singleton
    @Named("site")
    ApiSettings demoSiteSettings(DemoSite site) {
      return settings(site.baseUrl().toString(), Optional.empty());
    }
  }
}
