package com.example.heartbeat;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;
import java.nio.file.Path;
import java.time.Duration;

/** The service's bindings: what it runs, and its settings. */
public class HeartbeatModule extends AbstractModule {
  private final Path journal;
  private final Duration period;

  public HeartbeatModule(Path journal, Duration period) {
    this.journal = journal;
    this.period = period;
  }

  @Override
  protected void configure() {
    bind(Heartbeat.class); // the Journal is bound just in time, as Heartbeat injects it
    bind(Path.class).annotatedWith(Names.named("journal")).toInstance(journal);
    bind(Duration.class).annotatedWith(Names.named("period")).toInstance(period);
  }
}
