package dev.cogwheel.app.site;

import java.time.Instant;

/**
 * A reminder of the site API: a text that falls due at an instant and is delivered once.
 *
 * @param id the reminder's id
 * @param text what to remind of
 * @param dueAt when it falls due
 * @param delivered whether a cog has claimed it for delivery
 */
public record Reminder(long id, String text, Instant dueAt, boolean delivered) {

  /** This reminder, marked delivered. */
  public Reminder asDelivered() {
    return new Reminder(id, text, dueAt, true);
  }
}
