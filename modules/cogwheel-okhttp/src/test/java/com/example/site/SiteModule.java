package com.example.site;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.name.Named;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;

/** A client of the site, whose base URL comes from the started site. */
public class SiteModule extends AbstractModule {
  @Override
  protected void configure() {
    install(ApiModule.named("site")); // @Named("site") ApiClient, settings bound below
  }

  @Provides
  @Named("site")
  ApiSettings siteSettings(EmbeddedSite site) { // site has started: its @PostConstruct returned
    return ApiSettings.builder().baseUrl(site.url()).build();
  }
}
