package dev.cogwheel.okhttp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLSocketFactory;
import org.junit.jupiter.api.Test;

class DeferredSslSocketFactoryTest {
  private final SSLSocketFactory platform = (SSLSocketFactory) SSLSocketFactory.getDefault();
  private final AtomicInteger made = new AtomicInteger();
  private final DeferredSslSocketFactory deferred =
      new DeferredSslSocketFactory(
          () -> {
            made.incrementAndGet();
            return platform;
          });

  @Test
  void makesNothingUntilFirstUsed() {
    assertThat(made).hasValue(0);
  }

  @Test
  void makesTheFactoryOnceAndAnswersWithIt() {
    assertThat(deferred.getDefaultCipherSuites())
        .containsExactly(platform.getDefaultCipherSuites());
    assertThat(deferred.getSupportedCipherSuites())
        .containsExactly(platform.getSupportedCipherSuites());

    assertThat(made).hasValue(1);
  }
}
