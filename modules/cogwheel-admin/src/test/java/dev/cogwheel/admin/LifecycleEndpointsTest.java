package dev.cogwheel.admin;

import static dev.cogwheel.admin.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import dev.cogwheel.Container;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LifecycleEndpointsTest {
  private final Registries registries = new Registries();

  interface Store {}

  static class MemoryStore implements Store {}

  @Singleton
  static class Cache {}

  @Singleton
  static class Service {
    @Inject
    Service(Store store, Cache cache) {}
  }

  /** Slow to stop, independent of the rest and made first, so released last. */
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

  private static AbstractModule components() {
    return new AbstractModule() {
      @Override
      protected void configure() {
        bind(Service.class);
      }

      @Provides
      @Singleton
      Store store() {
        return new MemoryStore();
      }
    };
  }

  private static AbstractModule slowToStop() {
    return new AbstractModule() {
      @Provides
      @Singleton
      SlowToStop slowToStop(Gate gate) {
        return new SlowToStop(gate);
      }
    };
  }

  @Test
  void lifecycleListsTheComponentsInStartOrderWithTheirDependencies() {
    try (Container container = TestContainers.start(registries, components())) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/lifecycle");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("application/json");
      JsonNode body = json(response);
      assertThat(body.get("container").asText()).isEqualTo("admin-test");
      assertThat(body.get("state").asText()).isEqualTo("RUNNING");
      assertThat(fields(body, "key"))
          .containsExactly(
              "AdminServer",
              "LifecycleEndpointsTest$Store",
              "LifecycleEndpointsTest$Cache",
              "LifecycleEndpointsTest$Service");
      assertThat(fields(body, "type"))
          .containsExactly(
              AdminServer.class.getName(),
              MemoryStore.class.getName(),
              Cache.class.getName(),
              Service.class.getName());
      assertThat(fields(body, "startOrder")).containsExactly("1", "2", "3", "4");
      assertThat(body.at("/components/3/dependencies"))
          .isEqualTo(json("[\"LifecycleEndpointsTest$Store\",\"LifecycleEndpointsTest$Cache\"]"));
      for (JsonNode component : body.get("components")) {
        assertThat(component.get("startMillis").isNumber()).isTrue();
        assertThat(component.get("startMillis").asDouble()).isNotNegative();
        assertThat(component.get("startedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(component.get("stopMillis").isNull()).isTrue();
        assertThat(component.get("stopFailure").isNull()).isTrue();
      }
    }
  }

  @Test
  void duringAStopTheReleasedComponentsHaveStopDurations() throws Exception {
    Gate gate = new Gate();
    Container container =
        Container.builder()
            .name("admin-test")
            .modules(
                registries,
                gate.module(),
                slowToStop(),
                new AdminModule(TestContainers.EPHEMERAL),
                components())
            .build()
            .start();
    AdminServer admin = container.getInstance(AdminServer.class);

    CompletableFuture<Void> stop = CompletableFuture.runAsync(container::stop);
    try {
      gate.awaitEntered();

      JsonNode body = json(Http.get(admin, "/lifecycle"));

      assertThat(body.get("state").asText()).isEqualTo("STOPPING");
      assertThat(fields(body, "key"))
          .containsExactly(
              "LifecycleEndpointsTest$SlowToStop",
              "AdminServer",
              "LifecycleEndpointsTest$Store",
              "LifecycleEndpointsTest$Cache",
              "LifecycleEndpointsTest$Service");
      List<Boolean> stopped = new ArrayList<>();
      body.get("components").forEach(c -> stopped.add(c.get("stopMillis").isNumber()));
      assertThat(stopped).containsExactly(false, true, true, true, true);
    } finally {
      gate.open();
      stop.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void graphIsTheDependencyGraphInGraphvizDot() {
    try (Container container = TestContainers.start(registries, components())) {
      HttpResponse<String> response =
          Http.get(container.getInstance(AdminServer.class), "/lifecycle/graph");

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(Http.contentType(response)).isEqualTo("text/vnd.graphviz; charset=utf-8");
      assertThat(response.body())
          .isEqualTo(
              "digraph \"admin-test\" {\n"
                  + "  // an edge goes from a component to one it depends on; nodes are numbered in start order\n"
                  + "  rankdir=BT;\n"
                  + "  node [shape=box, fontname=\"Helvetica\"];\n"
                  + "  c1 [label=\"AdminServer\\n"
                  + AdminServer.class.getName()
                  + "\"];\n"
                  + "  c2 [label=\"LifecycleEndpointsTest$Store\\n"
                  + MemoryStore.class.getName()
                  + "\"];\n"
                  + "  c3 [label=\"LifecycleEndpointsTest$Cache\\n"
                  + Cache.class.getName()
                  + "\"];\n"
                  + "  c4 [label=\"LifecycleEndpointsTest$Service\\n"
                  + Service.class.getName()
                  + "\"];\n"
                  + "  c4 -> c2;\n"
                  + "  c4 -> c3;\n"
                  + "}\n");
    }
  }

  private static List<String> fields(JsonNode report, String field) {
    List<String> values = new ArrayList<>();
    report.get("components").forEach(c -> values.add(c.get(field).asText()));
    return values;
  }
}
