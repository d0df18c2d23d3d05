package dev.cogwheel.app.site;

/**
 * Counts of the site's reminders.
 *
 * @param total every reminder
 * @param delivered those delivered
 * @param due those due and not delivered yet
 * @param upcoming those not due yet
 */
public record ReminderStats(int total, int delivered, int due, int upcoming) {}
