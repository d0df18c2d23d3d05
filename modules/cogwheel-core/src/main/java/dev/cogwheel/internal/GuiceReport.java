package dev.cogwheel.internal;

import com.google.inject.CreationException;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import com.google.inject.spi.PrivateElements;
import com.google.inject.spi.TypeListenerBinding;
import java.util.ArrayList;
import java.util.List;

/**
 * Guice's report of a configuration error as Guice alone would make it. Guice checks a bound
 * object's injection points a second time, and so reports a malformed one twice, whenever any type
 * listener is bound: the container's own (which runs {@code @PostConstruct}) must not make it do
 * so. When the user's modules bind no type listener of their own, the repeated messages are
 * dropped.
 */
final class GuiceReport {
  private GuiceReport() {}

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
