package dev.cogwheel.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The app's log line, as the pattern {@code %d{HH:mm:ss.SSS} %-5level %-18logger{0} %msg%n}. */
class LogLineTest {
  private final LoggerContext context = new LoggerContext();

  private LoggingEvent event(String logger, Level level, String message, Throwable t) {
    Logger named = context.getLogger(logger);
    LoggingEvent event =
        new LoggingEvent(Logger.class.getName(), named, level, message, t, new Object[] {42});
    Instant at =
        LocalDateTime.of(2026, 12, 7, 9, 5, 3, 7_000_000)
            .atZone(ZoneId.systemDefault())
            .toInstant();
    event.setTimeStamp(at.toEpochMilli());
    return event;
  }

  @Test
  void aLineHasTheTimeThePaddedLevelThePaddedSimpleLoggerNameAndTheMessage() {
    assertThat(LogLine.format(event("dev.cogwheel.Container", Level.INFO, "started {}", null)))
        .isEqualTo("09:05:03.007 INFO  Container          started 42" + System.lineSeparator());
  }

  @Test
  void aLoggerNameLongerThanItsColumnIsKeptWhole() {
    assertThat(LogLine.format(event("x.ContinuousStopwatchOfGuice", Level.DEBUG, "m", null)))
        .isEqualTo("09:05:03.007 DEBUG ContinuousStopwatchOfGuice m" + System.lineSeparator());
  }

  @Test
  void aThrowableFollowsTheLineAsItsStackTrace() {
    IllegalStateException failure = new IllegalStateException("no database");

    String line = LogLine.format(event("Main", Level.ERROR, "Start-up failed", failure));

    assertThat(line)
        .startsWith(
            "09:05:03.007 ERROR Main               Start-up failed"
                + System.lineSeparator()
                + "java.lang.IllegalStateException: no database"
                + System.lineSeparator()
                + "\tat dev.cogwheel.app.LogLineTest.aThrowableFollowsTheLineAsItsStackTrace(");
  }
}
