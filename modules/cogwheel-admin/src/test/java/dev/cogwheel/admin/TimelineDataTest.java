package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cogwheel.Component;
import dev.cogwheel.Span;
import dev.cogwheel.StartupException;
import dev.cogwheel.State;
import dev.cogwheel.admin.internal.StartFailure;
import dev.cogwheel.admin.internal.TimelineData;
import dev.cogwheel.admin.internal.TimelineRun;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineDataTest {
  private final Picture picture = new Picture();
  private final Component pool = picture.start("pool", "bot-start-1", 10, 110);
  private final Component client = picture.start("client", "bot-start-2", 20, 220);
  private final Component api = picture.start("api", "bot-start-1", 220, 320, pool, client);

  private static JsonNode component(ObjectNode document, int id) {
    return document.get("components").get(id - 1);
  }

  @Test
  void startSpansAreMillisecondsFromTheFirstStartInOneLanePerThread() {
    ObjectNode document =
        TimelineData.of(new TimelineRun("bot", State.RUNNING, picture.components(), null), true);

    assertThat(document.get("start").toString())
        .isEqualTo(
            "{\"millis\":310.0,\"lanes\":[\"bot-start-1\",\"bot-start-2\"],\"criticalMillis\":300.0}");
    assertThat(component(document, 2).get("start").toString())
        .isEqualTo(
            "{\"lane\":1,\"thread\":\"bot-start-2\",\"begin\":10.0,\"end\":210.0,\"own\":200.0}");
    assertThat(document.get("stop").toString()).isEqualTo("{\"millis\":0.0,\"lanes\":[]}");
    assertThat(component(document, 2).get("stop").isNull()).isTrue();
  }

  @Test
  void eachComponentListsItsDependenciesAndDependentsByIdAndItsLayer() {
    ObjectNode document =
        TimelineData.of(new TimelineRun("bot", State.RUNNING, picture.components(), null), false);

    assertThat(component(document, 1).toString())
        .startsWith(
            "{\"id\":1,\"key\":\""
                + pool.name().replace("\"", "\\\"")
                + "\",\"type\":\"java.lang.Object\","
                + "\"critical\":false,\"failed\":false,\"layer\":0,\"dependencies\":[],\"dependents\":[3],");
    assertThat(component(document, 3).get("dependencies").toString()).isEqualTo("[1,2]");
    assertThat(component(document, 3).get("layer").asInt()).isEqualTo(1);
    assertThat(component(document, 3).get("critical").asBoolean()).isTrue();
    assertThat(document.get("live").asBoolean()).isFalse();
  }

  @Test
  void releasesAreMillisecondsFromTheFirstReleaseAndAFailedReleaseIsNamedByItsClassOnly() {
    Span stop =
        new Span(Picture.ORIGIN.plusMillis(1_000), Picture.ORIGIN.plusMillis(1_004), "bot-stop-1");
    Component released =
        new Component(
            pool.key(),
            pool.type(),
            1,
            pool.startSpan(),
            pool.startDuration(),
            List.of(),
            stop,
            new IllegalStateException("password=hunter2"));

    ObjectNode document =
        TimelineData.of(new TimelineRun("bot", State.STOPPED, List.of(released), null), false);

    assertThat(component(document, 1).get("stop").toString())
        .isEqualTo("{\"lane\":0,\"thread\":\"bot-stop-1\",\"begin\":0.0,\"end\":4.0}");
    assertThat(component(document, 1).get("stopFailure").asText())
        .isEqualTo("java.lang.IllegalStateException");
    assertThat(document.toString()).doesNotContain("hunter2");
  }

  @Test
  void aFailedStartAddsItsComponentLastInALaneOfItsOwnFromTheLastEndToTheFirstRelease() {
    List<Component> rolledBack =
        List.of(
            new Component(
                pool.key(),
                pool.type(),
                1,
                pool.startSpan(),
                pool.startDuration(),
                List.of(),
                new Span(
                    Picture.ORIGIN.plusMillis(400), Picture.ORIGIN.plusMillis(401), "bot-stop-1"),
                null));
    StartupException failure =
        new StartupException("no licence", Picture.key("api"), new IllegalStateException("secret"));

    ObjectNode document =
        TimelineData.of(
            new TimelineRun("bot", State.FAILED, rolledBack, StartFailure.of(failure, rolledBack)),
            false);

    assertThat(document.get("failure").toString())
        .isEqualTo("{\"cause\":\"java.lang.IllegalStateException\",\"component\":2}");
    assertThat(document.get("start").get("lanes").toString()).isEqualTo("[\"bot-start-1\",null]");
    JsonNode failed = component(document, 2);
    assertThat(failed.get("key").asText()).isEqualTo(api.name());
    assertThat(failed.get("failed").asBoolean()).isTrue();
    assertThat(failed.get("layer").asInt()).isEqualTo(1);
    assertThat(failed.get("start").toString())
        .isEqualTo("{\"lane\":1,\"thread\":null,\"begin\":100.0,\"end\":390.0,\"own\":290.0}");
    assertThat(document.toString()).doesNotContain("secret");
  }

  @Test
  void aFailureOfNoComponentNamesOnlyItsCause() {
    StartupException failure =
        new StartupException("bad module", null, new IllegalArgumentException());

    ObjectNode document =
        TimelineData.of(
            new TimelineRun("bot", State.FAILED, List.of(), StartFailure.of(failure, List.of())),
            false);

    assertThat(document.get("failure").toString())
        .isEqualTo("{\"cause\":\"java.lang.IllegalArgumentException\",\"component\":null}");
    assertThat(document.get("components")).isEmpty();
  }
}
