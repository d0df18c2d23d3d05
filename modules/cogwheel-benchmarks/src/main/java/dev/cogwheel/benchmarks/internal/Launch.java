package dev.cogwheel.benchmarks.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One launch of a service's command in a fresh process: the time from the launch to the first line
 * it prints on its standard output, and to the first {@code 200} of its readiness endpoint on
 * 127.0.0.1. The command is given {@code --admin-port PORT} last, with a free port; the process is
 * ended (SIGTERM, then killed past the bound) before the launch returns, on every path.
 */
public final class Launch {
  private static final Duration POLL = Duration.ofMillis(5);

  private final List<String> command;
  private final String readyPath;
  private final Duration bound;

  /**
   * @param command the command line, without the port option
   * @param readyPath the path that answers 200 once the service is ready, such as {@code
   *     /health/ready}
   * @param bound how long the service may take to be ready, and to end once asked
   */
  public Launch(List<String> command, String readyPath, Duration bound) {
    this.command = List.copyOf(command);
    this.readyPath = readyPath;
    this.bound = bound;
  }

  /** What one launch measured, in nanoseconds from the launch. */
  public record Times(long firstLineNanos, long readyNanos) {}

  /**
   * Launches the command once and measures it.
   *
   * @throws IOException if the process cannot be started, ends before it is ready, or is not ready
   *     within the bound
   */
  public Times run() throws IOException, InterruptedException {
    int port = freePort();
    List<String> full = new ArrayList<>(command);
    full.add("--admin-port");
    full.add(Integer.toString(port));
    ProcessBuilder builder =
        new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD);
    long begin = System.nanoTime();
    Process process = builder.start();
    try {
      AtomicLong firstLine = new AtomicLong(-1);
      CountDownLatch printed = new CountDownLatch(1);
      Thread reader = new Thread(() -> drain(process.getInputStream(), begin, firstLine, printed));
      reader.setDaemon(true);
      reader.start();
      long ready = awaitReady(process, port, begin);
      if (!printed.await(bound.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new IOException("ready but printed nothing within " + bound + ": " + full);
      }
      return new Times(firstLine.get(), ready);
    } finally {
      end(process);
    }
  }

  private long awaitReady(Process process, int port, long begin)
      throws IOException, InterruptedException {
    long deadline = begin + bound.toNanos();
    while (true) {
      if (status(port) == 200) {
        return System.nanoTime() - begin;
      }
      if (!process.isAlive()) {
        throw new IOException(
            "exited with " + process.exitValue() + " before it was ready: " + command);
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("not ready within " + bound + ": " + command);
      }
      Thread.sleep(POLL.toMillis());
    }
  }

  /** The status of a GET of the readiness path, or -1 if nothing answers yet. */
  private int status(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      socket.setSoTimeout(1000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + readyPath + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
              .readLine();
      if (statusLine == null || statusLine.length() < 12) {
        return -1;
      }
      return Integer.parseInt(statusLine.substring(9, 12));
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }

  private static void drain(
      InputStream output, long begin, AtomicLong firstLine, CountDownLatch printed) {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
      if (lines.readLine() != null) {
        firstLine.set(System.nanoTime() - begin);
        printed.countDown();
      }
      while (lines.readLine() != null) {
        // read to the end, so that the process never blocks on a full pipe
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  private void end(Process process) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(bound.toNanos(), TimeUnit.NANOSECONDS)) {
      process.destroyForcibly();
      process.waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
