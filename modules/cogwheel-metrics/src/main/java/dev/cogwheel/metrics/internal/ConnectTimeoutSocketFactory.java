package dev.cogwheel.metrics.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import javax.net.SocketFactory;

/**
 * Makes client sockets whose connect is bounded, so that a Graphite host that drops packets holds a
 * report (and the container's stop, which sends the final one) for at most the timeout instead of
 * the operating system's TCP timeout.
 */
final class ConnectTimeoutSocketFactory extends SocketFactory {
  private final int timeoutMillis;

  /**
   * @param timeout the bound on connecting; also the read timeout of the socket
   */
  ConnectTimeoutSocketFactory(Duration timeout) {
    this.timeoutMillis = Math.toIntExact(Math.max(1, timeout.toMillis()));
  }

  @Override
  public Socket createSocket() {
    return new Socket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connect(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connect(new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connect(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connect(
        new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
  }

  private Socket connect(InetSocketAddress remote, InetSocketAddress local) throws IOException {
    Socket socket = new Socket();
    try {
      socket.setSoTimeout(timeoutMillis);
      if (local != null) {
        socket.bind(local);
      }
      socket.connect(remote, timeoutMillis);
      return socket;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }
}
