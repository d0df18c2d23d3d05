package dev.cogwheel.metrics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Graphite (carbon) server for tests: a plain server socket on 127.0.0.1 that accepts one
 * connection at a time and keeps what each connection sent — one report, since the reporter
 * connects once per report.
 */
final class GraphiteListener implements AutoCloseable {
  private final ServerSocket server;
  private final Thread acceptor;
  private final List<String> reports = new CopyOnWriteArrayList<>();

  private GraphiteListener(ServerSocket server) {
    this.server = server;
    this.acceptor = new Thread(this::accept, "test-graphite-listener");
    this.acceptor.setDaemon(true);
    this.acceptor.start();
  }

  static GraphiteListener open() throws IOException {
    return open(0);
  }

  /** A listener on {@code port} of 127.0.0.1, or on a free port if it is 0. */
  static GraphiteListener open(int port) throws IOException {
    return new GraphiteListener(new ServerSocket(port, 50, InetAddress.getLoopbackAddress()));
  }

  int port() {
    return server.getLocalPort();
  }

  /** What each connection sent, in the order they were accepted, decoded as ISO-8859-1. */
  List<String> reports() {
    return List.copyOf(reports);
  }

  /** A plaintext report's values by metric name. */
  static Map<String, String> values(String report) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : report.split("\n")) {
      String[] fields = line.split(" ");
      if (fields.length == 3) {
        values.put(fields[0], fields[1]);
      }
    }
    return values;
  }

  private void accept() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(5_000);
        reports.add(readAll(socket.getInputStream()));
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
