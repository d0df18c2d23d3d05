package dev.cogwheel.benchmarks.internal;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * A stand-in for the app in a child JVM: takes {@code --admin-port N}, prints a line, answers
 * {@code /health/ready} with 200 until it is ended; with {@code --fail} as its first argument it
 * prints a line and exits 3 instead.
 */
public final class FakeApp {
  private FakeApp() {}

  public static void main(String[] args) throws Exception {
    System.out.println("fake app starting");
    System.out.flush();
    List<String> options = List.of(args);
    if (options.get(0).equals("--fail")) {
      System.exit(3);
    }
    int port = Integer.parseInt(options.get(options.indexOf("--admin-port") + 1));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext(
        "/health/ready",
        exchange -> {
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }
}
