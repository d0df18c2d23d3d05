package dev.cogwheel.app.cogs;

import com.codahale.metrics.Counter;
import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cogwheel.Tasks;
import dev.cogwheel.okhttp.ApiClient;
import dev.cogwheel.okhttp.ApiException;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers reminders as they fall due: every second it asks the site API for the due ones, claims
 * each with a PATCH and delivers (logs) only what it claimed. The site refuses a second claim
 * (409), so a reminder is never delivered twice, not even across restarts or by two instances.
 */
@Singleton
public final class ReminderCog {
  private static final Logger log = LoggerFactory.getLogger(ReminderCog.class);

  private final ApiClient site;
  private final Tasks tasks;
  private final Duration interval;
  private final Counter delivered;
  private final Counter alreadyClaimed;
  private final Counter failedPolls;

  @Inject
  ReminderCog(
      @Named("site") ApiClient site,
      Tasks tasks,
      MetricRegistry metrics,
      @Named("reminders.interval") Duration interval) {
    this.site = site;
    this.tasks = tasks;
    this.interval = interval;
    this.delivered = metrics.counter("cogs.reminders.delivered");
    this.alreadyClaimed = metrics.counter("cogs.reminders.already-claimed");
    this.failedPolls = metrics.counter("cogs.reminders.failed-polls");
  }

  @PostConstruct
  void schedule() {
    tasks.scheduleWithFixedDelay("poll-reminders", this::poll, Duration.ZERO, interval);
  }

  /** One poll: claims and delivers every reminder that is due. */
  void poll() {
    JsonNode due;
    try {
      due = site.get("reminders", Map.of("due", "true"), JsonNode.class);
    } catch (RuntimeException e) {
      failedPolls.inc();
      log.warn("Could not poll the due reminders: {}", e.getMessage());
      return;
    }
    for (JsonNode reminder : due) {
      long id = reminder.path("id").asLong();
      if (claim(id)) {
        delivered.inc();
        log.info("Reminder #{} delivered: {}", id, reminder.path("text").asText());
      }
    }
  }

  private boolean claim(long id) {
    try {
      site.patch("reminders/" + id, Map.of("delivered", true), JsonNode.class);
      return true;
    } catch (ApiException e) {
      if (e.status() == 409) {
        alreadyClaimed.inc();
        return false;
      }
      throw e;
    }
  }
}
