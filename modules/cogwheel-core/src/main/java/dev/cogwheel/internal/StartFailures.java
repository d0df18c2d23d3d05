package dev.cogwheel.internal;

import com.google.inject.CreationException;
import com.google.inject.Key;
import com.google.inject.ProvisionException;

/**
 * The first failure of a start — the component whose construction, injection or
 * {@code @PostConstruct} threw first, innermost first on one thread, earliest first across threads
 * — and the exception in which Guice reported it, kept so that none of Guice's messages is lost.
 */
final class StartFailures {
  private record Failure(Key<?> key, Throwable exception) {}

  private volatile Failure first;
  private volatile RuntimeException guice;
  private volatile boolean building;

  /**
   * Notes whether the start is building components. Outside that, while it creates the injector,
   * Guice injects and creates on its own (static injection, objects handed to {@code
   * requestInjection}, bound objects) and reports what fails there in its {@code
   * CreationException}, a configuration error as it would be without the container.
   */
  void building(boolean building) {
    this.building = building;
  }

  /**
   * Records that a provision or injection of {@code key} failed with {@code exception}, if it
   * happened while the start was building components and no failure came before.
   */
  void recordInStart(Key<?> key, Throwable exception) {
    if (building) {
      record(key, exception);
    }
  }

  /** Records that {@code key} failed with {@code exception}, unless a failure came before. */
  synchronized void record(Key<?> key, Throwable exception) {
    if (first == null) {
      first = new Failure(key, exception);
    }
  }

  /** Keeps the first {@link ProvisionException} or {@link CreationException} Guice threw. */
  synchronized void guice(RuntimeException exception) {
    if (guice == null
        && (exception instanceof ProvisionException || exception instanceof CreationException)) {
      guice = exception;
    }
  }

  boolean failed() {
    return first != null;
  }

  /** The key of the component that failed first, or null. */
  Key<?> key() {
    Failure failure = first;
    return failure == null ? null : failure.key();
  }

  /**
   * Guice's report of a failure in the user's code, to keep beside it; null if there is none, or if
   * the failure is Guice's own and its report is therefore the {@linkplain #cause() cause}.
   */
  RuntimeException guiceException() {
    return GuiceReport.isReport(unwrapped()) ? null : guice;
  }

  /**
   * The exception as the user's code threw it, without the wrappers Guice and Cogwheel added; or,
   * when nothing of the user's code threw (a cycle Guice cannot proxy), Guice's fullest report.
   */
  Throwable cause() {
    Throwable cause = unwrapped();
    return GuiceReport.isReport(cause) && guice != null ? guice : cause;
  }

  private Throwable unwrapped() {
    Throwable cause = first.exception();
    while ((cause instanceof ComponentStartException || cause instanceof ProvisionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * What failed, for the message: the lifecycle method and its exception, the exception, or a line
   * per error of Guice's report (which the cause then carries in full, so that it is printed once).
   */
  String message() {
    Throwable exception = first.exception();
    if (exception instanceof ComponentStartException
        || exception instanceof InvalidLifecycleMethodException
        || exception instanceof LifecycleDeclarationException) {
      return exception.getMessage();
    }
    Throwable cause = cause();
    return GuiceReport.isReport(cause) ? GuiceReport.summary(cause) : String.valueOf(cause);
  }
}
