package dev.cogwheel.app.cogs;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;
import java.time.Duration;

/** The digest cog: reads the reminder counts every {@code interval}. */
public final class DigestCogModule extends AbstractModule {
  private final Duration interval;

  /** A digest every 5 seconds. */
  public DigestCogModule() {
    this(Duration.ofSeconds(5));
  }

  /** A digest every {@code interval}. */
  public DigestCogModule(Duration interval) {
    this.interval = interval;
  }

  @Override
  protected void configure() {
    bind(Duration.class).annotatedWith(Names.named("digest.interval")).toInstance(interval);
    bind(DigestCog.class).asEagerSingleton();
  }
}
