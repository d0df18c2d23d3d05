package dev.cogwheel.okhttp.internal;

import dev.cogwheel.Container;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;
import okhttp3.internal.platform.Platform;

/**
 * The platform's TLS trust material for the session's client, loaded on a thread of its own while
 * the container starts its first components, rather than on the critical path when the session
 * builds its client.
 *
 * <p>An {@link OkHttpClient} built without a socket factory of its own loads the platform's trust
 * store (a few hundred certificates) and initialises an {@code SSLContext} in its constructor,
 * whether or not a call ever uses https: about a quarter of a second of a cold start. This class
 * makes exactly the calls that constructor makes — OkHttp's {@link Platform#platformTrustManager()}
 * and {@link Platform#newSslSocketFactory} — so the client given them with {@link
 * OkHttpClient.Builder#sslSocketFactory(SSLSocketFactory, X509TrustManager)} checks certificates
 * and host names as the default one does.
 *
 * <p>Bound as an instance by {@link HttpBindings}, so Guice calls {@link #begin} while it creates
 * the injector, before the container starts any component. Thread-safe.
 */
public final class PlatformTls {
  private final FutureTask<Material> load = new FutureTask<>(PlatformTls::loadMaterial);
  private final AtomicBoolean begun = new AtomicBoolean();

  /** The trust manager and the socket factory made with it. */
  public record Material(X509TrustManager trustManager, SSLSocketFactory socketFactory) {}

  /**
   * Begins the load on a thread of the container ({@code <container>-okhttp-tls-<n>}), which ends
   * when it is done. Called once by Guice when it creates the injector.
   */
  @Inject
  void begin(Container container) {
    if (begun.compareAndSet(false, true)) {
      container.threadFactory("okhttp-tls").newThread(load).start();
    }
  }

  /**
   * Applies the material to {@code builder}, waiting for the load if it is still running (or
   * loading it on the caller's thread if it was never begun).
   *
   * @throws RuntimeException what OkHttp's own load threw, for example for a trust store that
   *     cannot be read
   */
  public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
    if (begun.compareAndSet(false, true)) {
      load.run();
    }
    Material material = material();
    return builder.sslSocketFactory(material.socketFactory(), material.trustManager());
  }

  private Material material() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return load.get();
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
      throw new IllegalStateException("the platform's TLS trust material: " + cause, cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static Material loadMaterial() {
    Platform platform = Platform.get();
    X509TrustManager trustManager = platform.platformTrustManager();
    return new Material(trustManager, platform.newSslSocketFactory(trustManager));
  }
}
