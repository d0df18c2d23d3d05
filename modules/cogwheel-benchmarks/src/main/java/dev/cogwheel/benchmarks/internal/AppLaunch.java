package dev.cogwheel.benchmarks.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One launch of the app in a child JVM, timed from the outside: from just before the process is
 * started to its first line of output, and to the first {@code 200} of {@code /health/ready} on its
 * admin port. The child is then sent SIGTERM and, if it has not exited within a minute, killed; it
 * is never left running, whatever happens.
 */
public final class AppLaunch {
  /** How often readiness is asked: often enough for a millisecond's precision to matter little. */
  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

  /**
   * What one launch measured.
   *
   * @param firstLineMillis launch to the first line the app printed
   * @param readyMillis launch to the first {@code 200} of {@code /health/ready}
   */
  public record Times(double firstLineMillis, double readyMillis) {}

  private AppLaunch() {}

  /**
   * Launches {@code variant} with {@code --admin-port} set to a free port and {@code --run-for}
   * bounding its life, waits until it is ready, then ends it.
   *
   * @throws IllegalStateException if it exits, or is not ready within {@code timeout}
   */
  public static Times run(StartupVariant variant, Duration timeout)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> command = new ArrayList<>(variant.command());
    command.addAll(List.of("--admin-port", String.valueOf(port), "--run-for", "2m"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long launched = System.nanoTime();
    Process process = builder.start();
    try {
      CompletableFuture<Long> firstLine = firstLine(process);
      long ready = awaitReady(process, port, launched + timeout.toNanos(), variant);
      return new Times(millis(firstLine.join() - launched), millis(ready - launched));
    } finally {
      end(process);
    }
  }

  private static CompletableFuture<Long> firstLine(Process process) {
    CompletableFuture<Long> first = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                if (lines.readLine() != null) {
                  first.complete(System.nanoTime());
                }
                while (lines.readLine() != null) {
                  // drained, so that the app never blocks on a full pipe
                }
              } catch (IOException e) {
                first.completeExceptionally(new UncheckedIOException(e));
              }
              first.completeExceptionally(new IllegalStateException("the app printed nothing"));
            },
            "startup-benchmark-output");
    reader.setDaemon(true);
    reader.start();
    return first;
  }

  private static long awaitReady(Process process, int port, long deadline, StartupVariant variant)
      throws InterruptedException {
    while (true) {
      if (ReadinessProbe.ready(port)) {
        return System.nanoTime();
      }
      if (!process.isAlive()) {
        throw new IllegalStateException(
            variant.name() + " exited (" + process.exitValue() + ") before it was ready");
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(variant.name() + " was not ready in time");
      }
      TimeUnit.NANOSECONDS.sleep(POLL_NANOS);
    }
  }

  private static void end(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** {@code GET /health/ready} over a plain socket, so that no HTTP client warms up in between. */
  private static final class ReadinessProbe {
    private ReadinessProbe() {}

    static boolean ready(int port) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(2_000);
        socket
            .getOutputStream()
            .write(
                "GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        String status = reader.readLine();
        return status != null && status.startsWith("HTTP/1.") && status.contains(" 200");
      } catch (IOException notYet) {
        return false;
      }
    }
  }
}
