package dev.cogwheel.app.site;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogwheel.okhttp.ApiClient;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Proves at start that the site API answers, so a site that is down fails the start with one clear
 * message instead of a stream of failed polls.
 */
@Singleton
public final class SiteCheck {
  private static final Logger log = LoggerFactory.getLogger(SiteCheck.class);

  private final ApiClient site;

  @Inject
  SiteCheck(@Named("site") ApiClient site) {
    this.site = site;
  }

  @PostConstruct
  void check() {
    JsonNode status = site.get("status", JsonNode.class);
    log.info("Site API at {} answers: {}", site.baseUrl(), status);
  }
}
