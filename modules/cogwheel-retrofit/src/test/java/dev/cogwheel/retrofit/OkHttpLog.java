package dev.cogwheel.retrofit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings OkHttp logs through java.util.logging, among them "A connection to ... was leaked.
 * Did you forget to close a response body?".
 */
final class OkHttpLog {
  /** Held strongly: java.util.logging keeps loggers only weakly. */
  private static final Logger LOGGER = Logger.getLogger("okhttp3.OkHttpClient");

  private static final List<String> WARNINGS = new CopyOnWriteArrayList<>();

  static {
    // Captured here and asserted on by the tests; the deliberate leak of the positive control
    // would otherwise be printed to the console as if something were wrong.
    LOGGER.setUseParentHandlers(false);
    LOGGER.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
              WARNINGS.add(String.valueOf(record.getMessage()));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private OkHttpLog() {}

  /** How many warnings have been logged so far. */
  static int count() {
    return WARNINGS.size();
  }

  /** The warnings logged since there were {@code count}. */
  static List<String> since(int count) {
    return List.copyOf(WARNINGS.subList(Math.min(count, WARNINGS.size()), WARNINGS.size()));
  }
}
