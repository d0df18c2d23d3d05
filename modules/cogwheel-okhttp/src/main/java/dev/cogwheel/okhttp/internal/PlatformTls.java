package dev.cogwheel.okhttp.internal;

import dev.cogwheel.Container;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The JDK's TLS trust material for the session's client: the trust store loaded on a thread of its
 * own while the container starts its first components, rather than on the critical path when the
 * session builds its client, and the socket factory made at the first https connection.
 *
 * <p>An {@link OkHttpClient} built without a socket factory of its own loads the platform's trust
 * store (some 150 certificates) and initialises an {@code SSLContext} in its constructor, whether
 * or not a call ever uses https: about a quarter of a second of a cold start. On the JDK's own TLS
 * provider this class makes what OkHttp's JDK 9+ platform makes there — the default {@link
 * TrustManagerFactory}'s one {@link X509TrustManager}, and a {@code "TLS"} {@link SSLContext}
 * initialised with it — so the client given them with {@link
 * OkHttpClient.Builder#sslSocketFactory(SSLSocketFactory, X509TrustManager)} checks certificates,
 * host names and pins as the default one does. The trust store cannot wait for the first https
 * connection: the builder reads its certificates at once, for certificate pinning. When Conscrypt,
 * Bouncy Castle or OpenJSSE is the preferred security provider, OkHttp uses that provider's TLS:
 * then the client builds its TLS material itself, as before.
 *
 * <p>Bound as an instance by {@link HttpBindings}, so Guice calls {@link #begin} while it creates
 * the injector, before the container starts any component. Thread-safe.
 */
public final class PlatformTls {
  /**
   * The preferred providers for which OkHttp chooses a platform of its own rather than the JDK's.
   */
  private static final Set<String> OTHER_PLATFORMS =
      Set.of("Conscrypt", "BC", "BCJSSE", "OpenJSSE");

  private final FutureTask<Material> load = new FutureTask<>(PlatformTls::loadMaterial);
  private final AtomicBoolean begun = new AtomicBoolean();
  private volatile Thread loader;

  /** The trust manager and the socket factory made with it. */
  private record Material(X509TrustManager trustManager, SSLSocketFactory socketFactory) {}

  /**
   * Begins the load on a thread of the container ({@code <container>-okhttp-tls-<n>}), which ends
   * when it is done. Called once by Guice when it creates the injector.
   */
  @Inject
  void begin(Container container) {
    if (begun.compareAndSet(false, true)) {
      Thread thread = container.threadFactory("okhttp-tls").newThread(load);
      loader = thread;
      thread.start();
    }
  }

  /**
   * Applies the material to {@code builder}, waiting for the load if it is still running (or
   * loading it on the caller's thread if it was never begun). Once it returns, the load's thread
   * has ended.
   *
   * @throws IllegalStateException if the trust store cannot be loaded (a wrong {@code
   *     javax.net.ssl.trustStore}, say), naming why
   */
  public OkHttpClient.Builder applyTo(OkHttpClient.Builder builder) {
    if (begun.compareAndSet(false, true)) {
      load.run();
    }
    Material material = material();
    if (material == null) {
      return builder;
    }
    return builder.sslSocketFactory(material.socketFactory(), material.trustManager());
  }

  private Material material() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          Material material = load.get();
          Thread thread = loader;
          if (thread != null) {
            thread.join(); // ends right after the load: the session never leaves it running
          }
          return material;
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
      throw new IllegalStateException(
          "the JDK's TLS trust store cannot be loaded: " + cause, cause);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The JDK's material, or null where OkHttp would use another provider's TLS. */
  private static Material loadMaterial() throws GeneralSecurityException {
    Provider[] providers = Security.getProviders();
    if (providers.length > 0 && OTHER_PLATFORMS.contains(providers[0].getName())) {
      return null;
    }
    TrustManagerFactory factory =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init((KeyStore) null);
    TrustManager[] trustManagers = factory.getTrustManagers();
    if (trustManagers.length != 1 || !(trustManagers[0] instanceof X509TrustManager)) {
      throw new IllegalStateException(
          "Unexpected default trust managers: " + Arrays.toString(trustManagers));
    }
    X509TrustManager trustManager = (X509TrustManager) trustManagers[0];
    return new Material(
        trustManager, new DeferredSslSocketFactory(() -> socketFactory(trustManager)));
  }

  private static SSLSocketFactory socketFactory(X509TrustManager trustManager) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustManager}, null);
      return context.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's TLS context cannot be made: " + e, e);
    }
  }
}
