package dev.cogwheel.okhttp;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.site.EmbeddedSite;
import com.example.site.SiteModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Key;
import com.google.inject.name.Names;
import dev.cogwheel.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core README's client of a URL known only once another component has started ({@link
 * SiteModule}): the settings are provided from the started component, so the client starts after it
 * and is released before it.
 */
class SettingsFromAStartedComponentTest {
  private static final Key<ApiClient> SITE = Key.get(ApiClient.class, Names.named("site"));

  @Test
  void theClientReachesTheUrlOfAComponentThatStartedBeforeIt() {
    try (Running app = Running.start(new SiteModule())) {
      JsonNode status = app.get(SITE).get("status", JsonNode.class);

      assertThat(status.get("ok").asBoolean()).isTrue();
      assertThat(app.get(SITE).baseUrl()).isEqualTo(app.get(EmbeddedSite.class).url());
    }
  }

  @Test
  void theClientDependsOnTheComponentItsSettingsInjectAndIsReleasedBeforeIt() {
    Running app = Running.start(new SiteModule());
    app.close();
    List<Component> components = app.container.components(); // after the stop: with stop spans

    Component client = named(components, "ApiClient @Named(\"site\")");
    Component site = named(components, "EmbeddedSite");
    assertThat(client.dependencies()).contains(Key.get(EmbeddedSite.class));
    assertThat(site.startOrder()).isLessThan(client.startOrder());
    assertThat(client.stopSpan().orElseThrow().end())
        .isBeforeOrEqualTo(site.stopSpan().orElseThrow().begin());
  }

  @Test
  void theCoreReadmeShowsTheModuleWhole() throws IOException {
    String readme = Files.readString(Path.of("../cogwheel-core/README.md"));

    assertThat(readme)
        .contains(
            "```java\n"
                + Files.readString(Path.of("src/test/java/com/example/site/SiteModule.java")));
  }

  private static Component named(List<Component> components, String name) {
    List<Component> matching =
        components.stream().filter(c -> c.name().equals(name)).collect(Collectors.toList());
    assertThat(matching).as(name).hasSize(1);
    return matching.get(0);
  }
}
