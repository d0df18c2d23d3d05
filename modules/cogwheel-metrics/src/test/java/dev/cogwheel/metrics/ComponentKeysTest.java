package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.metrics.http.HttpMetricsModule;
import dev.cogwheel.okhttp.ApiClient;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reports name what users bind: every component of the metrics, HTTP and API modules is known
 * by a key of a public type, and the modules' own machinery says whose it is.
 */
class ComponentKeysTest {

  @Test
  void aStartOfTheMetricsHttpAndApiModulesListsOnlyKeysUsersKnow() {
    try (Container container =
        Container.builder()
            .name("component-keys")
            .modules(
                new MetricsModule(),
                new HttpMetricsModule(),
                ApiModule.named(
                    "site", ApiSettings.builder().baseUrl("http://127.0.0.1:1/").build()))
            .build()
            .start()) {

      List<String> names =
          container.components().stream().map(Component::name).collect(Collectors.toList());

      assertThat(names)
          .containsExactlyInAnyOrder(
              "HealthCheckRegistry",
              "MetricRegistry",
              "PrometheusRegistry",
              "LifecycleListener @Named(\"MetricsModule\")",
              "Connector",
              "EventListener$Factory @Named(\"HttpMetricsModule\")",
              "HttpSession",
              "ApiClient @Named(\"site\")");
      assertThat(container.components())
          .extracting(component -> component.key().getTypeLiteral().getRawType().getName())
          .noneMatch(type -> type.contains(".internal."));
    }
  }

  @Test
  void theModulesOwnComponentsAreKnownByTheirPublicKeys() {
    try (Container container =
        Container.builder()
            .name("component-keys-own")
            .modules(
                new MetricsModule(),
                new HttpMetricsModule(),
                ApiModule.named(
                    "site", ApiSettings.builder().baseUrl("http://127.0.0.1:1/").build()))
            .build()
            .start()) {

      assertThat(container.components())
          .extracting(Component::key)
          .contains(MetricsModule.LIFECYCLE, HttpMetricsModule.METRICS);
      Component client =
          container.components().stream()
              .filter(c -> c.key().equals(Key.get(ApiClient.class, Names.named("site"))))
              .findFirst()
              .orElseThrow();
      assertThat(client.dependencies())
          .extracting(Key::toString)
          .noneMatch(key -> key.contains(".internal."));
    }
  }
}
