package com.example.heartbeat;

import dev.cogwheel.Tasks;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** A component that uses the journal, started after it and stopped before it. */
@Singleton
public class Heartbeat {
  private final Journal journal;
  private final Tasks tasks;
  private final Duration period;
  private final AtomicInteger beats = new AtomicInteger();

  @Inject
  Heartbeat(Journal journal, Tasks tasks, @Named("period") Duration period) {
    this.journal = journal; // already open: its @PostConstruct has returned
    this.tasks = tasks;
    this.period = period;
  }

  @PostConstruct
  void schedule() {
    // held until every component has started, cancelled before any @PreDestroy runs
    tasks.scheduleWithFixedDelay("beat", this::beat, Duration.ZERO, period);
  }

  private void beat() {
    journal.write("beat " + beats.incrementAndGet());
  }

  @PreDestroy
  void stop() {
    journal.write("stopped after " + beats.get() + " beats"); // the journal is still open
  }
}
