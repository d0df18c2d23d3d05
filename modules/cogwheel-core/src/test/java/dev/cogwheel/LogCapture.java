package dev.cogwheel;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures what one logger logs, instead of printing it, until closed. */
final class LogCapture implements AutoCloseable {
  private final Logger logger;
  private final Level levelBefore;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  /** Captures at the configured level (WARN). */
  LogCapture(Class<?> loggerName) {
    this(loggerName, null);
  }

  /** Captures from {@code level} up, or at the configured level if {@code level} is null. */
  LogCapture(Class<?> loggerName, Level level) {
    this(loggerName.getName(), level);
  }

  /** Captures what the logger named {@code loggerName} logs, at the configured level (WARN). */
  LogCapture(String loggerName) {
    this(loggerName, null);
  }

  /**
   * Captures what the logger named {@code loggerName} logs from {@code level} up, or at the
   * configured level if null.
   */
  LogCapture(String loggerName, Level level) {
    logger = (Logger) LoggerFactory.getLogger(loggerName);
    levelBefore = logger.getLevel();
    if (level != null) {
      logger.setLevel(level);
    }
    appender.start();
    logger.addAppender(appender);
    logger.setAdditive(false);
  }

  /** The formatted messages logged so far. */
  List<String> messages() {
    synchronized (appender.list) {
      return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setAdditive(true);
    logger.setLevel(levelBefore);
  }
}
