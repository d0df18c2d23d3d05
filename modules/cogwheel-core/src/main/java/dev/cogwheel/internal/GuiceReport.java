package dev.cogwheel.internal;

import com.google.inject.ConfigurationException;
import com.google.inject.CreationException;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import com.google.inject.spi.PrivateElements;
import com.google.inject.spi.TypeListenerBinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Guice's report of a configuration error as Guice alone would make it. Guice checks a bound
 * object's injection points a second time, and so reports a malformed one twice, whenever any type
 * listener is bound: the container's own (which runs {@code @PostConstruct}) must not make it do
 * so. When the user's modules bind no type listener of their own, the repeated messages are
 * dropped.
 *
 * <p>A report runs to dozens of lines; a {@code StartupException} carries it once, as its cause or
 * a suppressed exception, and says in its own message only a line per error ({@link #summary}), so
 * that a printed stack trace shows the report once.
 */
final class GuiceReport {
  private GuiceReport() {}

  /** Whether {@code exception} is one of Guice's reports of errors. */
  static boolean isReport(Throwable exception) {
    return exception instanceof CreationException
        || exception instanceof ProvisionException
        || exception instanceof ConfigurationException;
  }

  /**
   * The errors of {@code report} (one of Guice's, see {@link #isReport}) in a line: their count and
   * the first line of each error's message.
   */
  static String summary(Throwable report) {
    Collection<Message> messages = messages(report);
    if (messages.isEmpty()) {
      return firstLine(String.valueOf(report.getMessage()));
    }
    StringBuilder summary =
        new StringBuilder("Guice reported ")
            .append(messages.size())
            .append(messages.size() == 1 ? " error: " : " errors: ");
    String separator = "";
    for (Message message : messages) {
      summary.append(separator).append(firstLine(message.getMessage()));
      separator = "; ";
    }
    return summary.toString();
  }

  private static Collection<Message> messages(Throwable report) {
    if (report instanceof CreationException) {
      return ((CreationException) report).getErrorMessages();
    }
    if (report instanceof ProvisionException) {
      return ((ProvisionException) report).getErrorMessages();
    }
    if (report instanceof ConfigurationException) {
      return ((ConfigurationException) report).getErrorMessages();
    }
    return List.of();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }

  /** {@code exception} as Guice would have thrown it for {@code modules} without the container. */
  static CreationException of(CreationException exception, List<Module> modules, Stage stage) {
    List<Message> once = new ArrayList<>();
    for (Message message : exception.getErrorMessages()) {
      if (!repeats(message, once)) {
        once.add(message);
      }
    }
    if (once.size() == exception.getErrorMessages().size() || bindsTypeListener(modules, stage)) {
      return exception;
    }
    CreationException asGuiceReports = new CreationException(once);
    asGuiceReports.setStackTrace(exception.getStackTrace());
    return asGuiceReports;
  }

  /**
   * Whether an earlier message says the same of the same member: the second check reports it again
   * with the binding's source in front of the member's.
   */
  private static boolean repeats(Message message, List<Message> earlier) {
    List<Object> sources = message.getSources();
    for (Message before : earlier) {
      List<Object> beforeSources = before.getSources();
      if (before.getMessage().equals(message.getMessage())
          && beforeSources.size() <= sources.size()
          && sources
              .subList(sources.size() - beforeSources.size(), sources.size())
              .equals(beforeSources)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code modules} bind a type listener; recorded again only on this failure path. */
  private static boolean bindsTypeListener(List<Module> modules, Stage stage) {
    try {
      return containsTypeListener(Elements.getElements(stage, modules));
    } catch (RuntimeException e) {
      return true; // cannot tell: leave Guice's report as it is
    }
  }

  private static boolean containsTypeListener(List<Element> elements) {
    for (Element element : elements) {
      if (element instanceof TypeListenerBinding
          || (element instanceof PrivateElements
              && containsTypeListener(((PrivateElements) element).getElements()))) {
        return true;
      }
    }
    return false;
  }
}
