package dev.cogwheel.app.cogs;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;
import java.time.Duration;

/** The reminder cog: polls the due reminders every {@code interval} and delivers each once. */
public final class ReminderCogModule extends AbstractModule {
  private final Duration interval;

  /** Polls every second. */
  public ReminderCogModule() {
    this(Duration.ofSeconds(1));
  }

  /** Polls every {@code interval}. */
  public ReminderCogModule(Duration interval) {
    this.interval = interval;
  }

  @Override
  protected void configure() {
    bind(Duration.class).annotatedWith(Names.named("reminders.interval")).toInstance(interval);
    bind(ReminderCog.class).asEagerSingleton();
  }
}
