package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocketFactory;

/**
 * An {@link SSLSocketFactory} made when it is first used, for a client that may never open an https
 * connection: initialising an {@code SSLContext} loads and sets up the JDK's TLS machinery (cipher
 * suites, protocol versions, key exchange), a tenth of a second or more of a cold start. Every
 * method is the made factory's.
 *
 * <p>Thread-safe: the factory is made once, by the first caller.
 */
final class DeferredSslSocketFactory extends SSLSocketFactory {
  private final Supplier<SSLSocketFactory> maker;
  private volatile SSLSocketFactory made;

  /** A factory that {@code maker} makes at the first call of any method. */
  DeferredSslSocketFactory(Supplier<SSLSocketFactory> maker) {
    this.maker = maker;
  }

  private SSLSocketFactory made() {
    SSLSocketFactory factory = made;
    if (factory == null) {
      synchronized (this) {
        factory = made;
        if (factory == null) {
          factory = maker.get();
          made = factory;
        }
      }
    }
    return factory;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return made().getDefaultCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return made().getSupportedCipherSuites();
  }

  @Override
  public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
      throws IOException {
    return made().createSocket(socket, host, port, autoClose);
  }

  @Override
  public Socket createSocket(Socket socket, InputStream consumed, boolean autoClose)
      throws IOException {
    return made().createSocket(socket, consumed, autoClose);
  }

  @Override
  public Socket createSocket() throws IOException {
    return made().createSocket();
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return made().createSocket(host, port);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return made().createSocket(host, port, localHost, localPort);
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return made().createSocket(host, port);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return made().createSocket(address, port, localAddress, localPort);
  }
}
