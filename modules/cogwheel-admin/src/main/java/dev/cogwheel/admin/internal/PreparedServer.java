package dev.cogwheel.admin.internal;

import dev.cogwheel.Container;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The admin server's {@link HttpServer}, made on a thread of its own while Guice creates the
 * injector, so that the admin server's start — which every other component waits for — only binds
 * and starts it.
 *
 * <p>Making Jetty's server, connector and thread pool loads and initialises some 200 of Jetty's
 * classes: about a fifth of a second of a cold start, while the other core of a small machine has
 * little to do. Nothing is bound and no thread of Jetty's is started until {@link HttpServer#open}.
 *
 * <p>Bound as an instance by {@code AdminModule}, so Guice calls {@link #begin} while it creates
 * the injector. Thread-safe.
 */
public final class PreparedServer {
  private FutureTask<HttpServer> making; // guarded by this

  /**
   * Begins making the server on a thread of the container ({@code <container>-admin-prepare-<n>}),
   * which ends when it is done. Called once by Guice when it creates the injector.
   */
  @Inject
  void begin(Container container) {
    FutureTask<HttpServer> task = claim(container);
    if (task != null) {
      container.threadFactory("admin-prepare").newThread(task).start();
    }
  }

  /**
   * The server, waiting for it if it is still being made (or making it on the caller's thread if
   * {@link #begin} was never called).
   *
   * @throws RuntimeException what making the server threw
   */
  public HttpServer take(Container container) {
    FutureTask<HttpServer> task = claim(container);
    if (task != null) {
      task.run();
    }
    return made();
  }

  /** A task that makes the server, if none was claimed before; else null. */
  private synchronized FutureTask<HttpServer> claim(Container container) {
    if (making != null) {
      return null;
    }
    making =
        new FutureTask<>(
            () -> new HttpServer(container.name() + "-admin", container.threadFactory("admin")));
    return making;
  }

  private HttpServer made() {
    FutureTask<HttpServer> task;
    synchronized (this) {
      task = making;
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException("the admin server could not be made: " + cause, cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
