package dev.cogwheel.admin;

import static dev.cogwheel.admin.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.google.inject.AbstractModule;
import com.google.inject.Key;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.metrics.MetricsModule;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The admin server on the registries of the metrics module, as a service installs them. */
class WithMetricsModuleTest {

  static final class Database extends HealthCheck {
    @Override
    protected Result check() {
      return Result.unhealthy("connection refused");
    }
  }

  private static Container start(AbstractModule... more) {
    return Container.builder()
        .name("admin-test")
        .modules(new AdminModule(TestContainers.EPHEMERAL), new MetricsModule())
        .modules(more)
        .build()
        .start();
  }

  @Test
  void theServerStartsRightAfterTheRegistriesItDependsOn() {
    try (Container container = start()) {
      List<Component> components = container.components();

      assertThat(components.get(0).type()).isEqualTo(MetricRegistry.class);
      assertThat(HealthCheckRegistry.class.isAssignableFrom(components.get(1).type())).isTrue();
      assertThat(components.get(2).key()).isEqualTo(Key.get(AdminServer.class));
    }
  }

  @Test
  void readyIsUpWithTheContainerCheckHealthy() {
    try (Container container = start()) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/health/ready");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response))
          .isEqualTo(json("{\"status\":\"UP\",\"state\":\"RUNNING\",\"failing\":[]}"));
    }
  }

  @Test
  void readyReportsAFailingCheckBoundThroughTheMetricsModule() {
    AbstractModule database =
        new AbstractModule() {
          @Override
          protected void configure() {
            MetricsModule.healthChecks(binder()).addBinding("database").to(Database.class);
          }
        };
    try (Container container = start(database)) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/health/ready");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(json(response).get("failing"))
          .isEqualTo(json("[{\"name\":\"database\",\"message\":\"connection refused\"}]"));
    }
  }

  @Test
  void metricsIncludeTheLifecycleMetrics() {
    try (Container container = start()) {
      AdminServer admin = container.getInstance(AdminServer.class);

      assertThat(Http.get(admin, "/metrics").body())
          .contains("# TYPE cogwheel_container_start summary");
      assertThat(
              json(Http.get(admin, "/metrics?format=json"))
                  .at("/gauges/cogwheel.container.running/value")
                  .asInt())
          .isEqualTo(1);
    }
  }
}
