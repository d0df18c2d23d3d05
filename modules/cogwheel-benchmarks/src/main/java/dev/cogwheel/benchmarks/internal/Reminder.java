package dev.cogwheel.benchmarks.internal;

import java.util.List;

/**
 * What the loopback server answers, decoded: a small JSON object of the kind an API client reads
 * all day.
 *
 * @param id the reminder's id
 * @param text what to remember
 * @param due when, as an ISO-8601 instant
 * @param tags labels
 * @param done whether it is done
 * @param owner who set it
 */
public record Reminder(
    long id, String text, String due, List<String> tags, boolean done, Owner owner) {

  /**
   * The user who set a reminder.
   *
   * @param id the user's id
   * @param name the user's display name
   */
  public record Owner(long id, String name) {}
}
