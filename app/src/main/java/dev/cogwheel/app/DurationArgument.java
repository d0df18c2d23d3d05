package dev.cogwheel.app;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration given on the command line or in the environment: {@code 500ms}, {@code 30s}, {@code
 * 2m}, {@code 1h} or ISO-8601.
 */
final class DurationArgument {
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  private DurationArgument() {}

  /**
   * {@code value} as a duration: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601.
   *
   * @throws IllegalArgumentException naming {@code flag} and the value if it is not one, or is
   *     negative, or zero where {@code zeroAllowed} is false
   */
  static Duration parse(String flag, String value, boolean zeroAllowed) {
    Matcher m = SHORT_DURATION.matcher(value);
    Duration duration = null;
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      switch (m.group(2)) {
        case "ms":
          duration = Duration.ofMillis(amount);
          break;
        case "s":
          duration = Duration.ofSeconds(amount);
          break;
        case "m":
          duration = Duration.ofMinutes(amount);
          break;
        default:
          duration = Duration.ofHours(amount);
      }
    } else {
      try {
        duration = Duration.parse(value);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    if (duration == null || duration.isNegative() || (duration.isZero() && !zeroAllowed)) {
      throw new IllegalArgumentException(
          flag
              + " must be a "
              + (zeroAllowed ? "duration" : "positive duration")
              + " such as "
              + (zeroAllowed ? "0s, " : "")
              + "30s, 2m or PT30S, got '"
              + value
              + "'");
    }
    return duration;
  }
}
