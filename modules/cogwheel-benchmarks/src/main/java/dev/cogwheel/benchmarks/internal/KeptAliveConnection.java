package dev.cogwheel.benchmarks.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept open, as a Prometheus scraper or a probe that reuses connections
 * keeps it: a request is one write of a {@code GET}, the response is read up to the end of its
 * {@code Content-Length} body. The client side has {@code TCP_NODELAY}, so what is measured is the
 * server's answer. Not thread-safe.
 */
public final class KeptAliveConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  /**
   * Connects to {@code address}.
   *
   * @throws UncheckedIOException if the connection cannot be made
   */
  public KeptAliveConnection(InetSocketAddress address) {
    try {
      socket = new Socket();
      socket.connect(address, 5_000);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(10_000);
      out = socket.getOutputStream();
      in = new BufferedInputStream(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot connect to " + address + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sends a {@code GET} of {@code path} and reads the whole response.
   *
   * @return the response's status
   * @throws UncheckedIOException if the exchange fails or the server closes the connection
   */
  public int get(String path) {
    try {
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: benchmark\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String statusLine = line();
      int length = 0;
      for (String header = line(); !header.isEmpty(); header = line()) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          length = Integer.parseInt(header.substring(header.indexOf(':') + 1).trim());
        }
      }
      in.skipNBytes(length);
      return Integer.parseInt(statusLine.split(" ")[1]);
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed: " + e.getMessage(), e);
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b == -1) {
        throw new IOException("the server closed the connection");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
