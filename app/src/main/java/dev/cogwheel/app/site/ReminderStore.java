package dev.cogwheel.app.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The demo site's reminders, in memory. Thread-safe. */
final class ReminderStore {
  /** What a claim found. */
  enum Claim {
    CLAIMED,
    ALREADY_DELIVERED,
    NOT_FOUND
  }

  private final Clock clock;
  private final Map<Long, Reminder> reminders = new TreeMap<>();

  ReminderStore(Clock clock) {
    this.clock = clock;
  }

  /**
   * Adds {@code count} reminders, the first due after {@code first}, then one every {@code every}.
   */
  synchronized void seed(int count, Duration first, Duration every) {
    Instant now = clock.instant();
    for (int i = 0; i < count; i++) {
      long id = reminders.size() + 1;
      Instant due = now.plus(first).plus(every.multipliedBy(i));
      reminders.put(id, new Reminder(id, TEXTS[i % TEXTS.length] + " (#" + id + ")", due, false));
    }
  }

  synchronized List<Reminder> all() {
    return List.copyOf(reminders.values());
  }

  /** The reminders due now and not delivered, oldest first. */
  synchronized List<Reminder> due() {
    Instant now = clock.instant();
    List<Reminder> due = new ArrayList<>();
    for (Reminder reminder : reminders.values()) {
      if (!reminder.delivered() && !reminder.dueAt().isAfter(now)) {
        due.add(reminder);
      }
    }
    return due;
  }

  synchronized Optional<Reminder> get(long id) {
    return Optional.ofNullable(reminders.get(id));
  }

  /** Marks a reminder delivered, once: a second claim of the same reminder is refused. */
  synchronized Claim claim(long id) {
    Reminder reminder = reminders.get(id);
    if (reminder == null) {
      return Claim.NOT_FOUND;
    }
    if (reminder.delivered()) {
      return Claim.ALREADY_DELIVERED;
    }
    reminders.put(id, reminder.asDelivered());
    return Claim.CLAIMED;
  }

  synchronized ReminderStats stats() {
    Instant now = clock.instant();
    int delivered = 0;
    int due = 0;
    int upcoming = 0;
    for (Reminder reminder : reminders.values()) {
      if (reminder.delivered()) {
        delivered++;
      } else if (reminder.dueAt().isAfter(now)) {
        upcoming++;
      } else {
        due++;
      }
    }
    return new ReminderStats(reminders.size(), delivered, due, upcoming);
  }

  private static final String[] TEXTS = {
    "Stand up and stretch", "Water the plants", "Review the open pull requests", "Drink some water",
    "Check the build", "Call the dentist", "Back up the laptop", "Reply to the newsletter",
  };
}
