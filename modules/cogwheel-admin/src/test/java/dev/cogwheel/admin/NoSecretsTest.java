package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.health.HealthCheck;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.cogwheel.Container;
import dev.cogwheel.StopException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** No admin response reveals a secret: not a component's fields, not an exception's message. */
class NoSecretsTest {
  private static final String TOKEN = "tok_3f9a8c1d7e";
  private static final List<String> PATHS =
      List.of(
          "/health/live",
          "/health/ready",
          "/metrics",
          "/metrics?format=json",
          "/lifecycle",
          "/lifecycle/graph");

  private final Registries registries = new Registries();
  private final Gate gate = new Gate();

  /** Settings with a token, the user's own: bound with toInstance. */
  static final class ApiSettings {
    final String token;

    ApiSettings(String token) {
      this.token = token;
    }

    @Override
    public String toString() {
      return "ApiSettings{token=<redacted>}";
    }
  }

  /** A component that holds the token, and whose release fails with the token in the message. */
  @Singleton
  static class ApiClient {
    private final ApiSettings settings;

    @Inject
    ApiClient(ApiSettings settings) {
      this.settings = settings;
    }

    @PreDestroy
    void close() {
      throw new IllegalStateException("logout with token " + settings.token + " was refused");
    }
  }

  /** Slow to stop, made before everything else, so released last. */
  static class SlowToStop {
    private final Gate gate;

    SlowToStop(Gate gate) {
      this.gate = gate;
    }

    @PreDestroy
    void stop() throws InterruptedException {
      gate.pass();
    }
  }

  private AbstractModule application() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(ApiSettings.class).toInstance(new ApiSettings(TOKEN));
        bind(ApiClient.class);
      }
    };
  }

  @Test
  void noResponseWhileRunningContainsTheToken() {
    registries.healthChecks.register(
        "api",
        new HealthCheck() {
          @Override
          protected Result check() {
            return Result.unhealthy("the API answers 401");
          }
        });
    Container container = TestContainers.start(registries, application());
    try {
      AdminServer admin = container.getInstance(AdminServer.class);
      for (String path : PATHS) {
        assertThat(Http.get(admin, path).body()).as(path).doesNotContain(TOKEN);
      }
    } finally {
      assertThatThrownBy(container::stop).isInstanceOf(StopException.class);
    }
  }

  @Test
  void aFailedReleaseIsReportedByItsExceptionClassOnly() throws Exception {
    Container container =
        Container.builder()
            .name("admin-test")
            .modules(
                registries,
                gate.module(),
                new AbstractModule() {
                  @Provides
                  @Singleton
                  SlowToStop slowToStop(Gate gate) {
                    return new SlowToStop(gate);
                  }
                },
                new AdminModule(TestContainers.EPHEMERAL),
                application())
            .build()
            .start();
    AdminServer admin = container.getInstance(AdminServer.class);

    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    try {
      gate.awaitEntered();

      String lifecycle = Http.get(admin, "/lifecycle").body();

      assertThat(Http.json(lifecycle).at("/components/2/key").asText())
          .isEqualTo("NoSecretsTest$ApiClient");
      assertThat(Http.json(lifecycle).at("/components/2/stopFailure").asText())
          .isEqualTo("java.lang.IllegalStateException");
      assertThat(lifecycle).doesNotContain(TOKEN, "refused");
      for (String path : PATHS) {
        assertThat(Http.get(admin, path).body()).as(path).doesNotContain(TOKEN);
      }
    } finally {
      gate.open();
      assertThatThrownBy(() -> stop.get(10, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(StopException.class);
    }
  }
}
