package dev.cogwheel.app.cogs;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.Tasks;
import dev.cogwheel.app.site.ReminderStats;
import dev.cogwheel.app.site.SiteApi;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A periodic digest of the site's reminders: every {@code interval} it reads the counts, logs a
 * line when they changed, and feeds the gauges {@code cogs.digest.delivered}, {@code
 * cogs.digest.due} and {@code cogs.digest.upcoming}. It reaches the site through the Retrofit
 * interface {@link SiteApi}; the reminder cog, through {@code ApiClient}.
 */
@Singleton
public final class DigestCog {
  private static final Logger log = LoggerFactory.getLogger(DigestCog.class);

  private final SiteApi site;
  private final Tasks tasks;
  private final Duration interval;
  private final AtomicReference<ReminderStats> latest = new AtomicReference<>();

  @Inject
  DigestCog(
      @Named("site") SiteApi site,
      Tasks tasks,
      MetricRegistry metrics,
      @Named("digest.interval") Duration interval) {
    this.site = site;
    this.tasks = tasks;
    this.interval = interval;
    metrics.register(
        "cogs.digest.delivered",
        (Gauge<Integer>) () -> count(latest.get(), ReminderStats::delivered));
    metrics.register(
        "cogs.digest.due", (Gauge<Integer>) () -> count(latest.get(), ReminderStats::due));
    metrics.register(
        "cogs.digest.upcoming",
        (Gauge<Integer>) () -> count(latest.get(), ReminderStats::upcoming));
  }

  @PostConstruct
  void schedule() {
    tasks.scheduleWithFixedDelay("digest", this::digest, interval, interval);
  }

  /** Reads the counts and logs them if they changed. */
  void digest() {
    ReminderStats stats;
    try {
      stats = site.stats();
    } catch (RuntimeException e) {
      log.warn("Could not read the reminder stats: {}", e.getMessage());
      return;
    }
    ReminderStats previous = latest.getAndSet(stats);
    if (!stats.equals(previous)) {
      log.info(
          "Digest: {} of {} reminders delivered, {} due, {} upcoming",
          stats.delivered(),
          stats.total(),
          stats.due(),
          stats.upcoming());
    }
  }

  /** The latest counts read, or null before the first digest. */
  ReminderStats latest() {
    return latest.get();
  }

  private static int count(
      ReminderStats stats, java.util.function.ToIntFunction<ReminderStats> field) {
    return stats == null ? 0 : field.applyAsInt(stats);
  }
}
