package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogwheel.Component;
import dev.cogwheel.admin.internal.CriticalPath;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathTest {
  private final Picture picture = new Picture();

  @Test
  void noComponentsHaveAnEmptyPath() {
    assertThat(CriticalPath.of(List.of())).isEmpty();
  }

  @Test
  void aChainOfDependenciesOutweighsALongerComponentOnItsOwn() {
    Component pool = picture.start("pool", "t1", 0, 100);
    picture.start("client", "t2", 0, 150);
    Component api = picture.start("api", "t1", 150, 250, pool);

    assertThat(CriticalPath.of(picture.components())).containsExactly(pool, api);
  }

  @Test
  void aComponentOnItsOwnOutweighsAShorterChain() {
    Component pool = picture.start("pool", "t1", 0, 100);
    Component client = picture.start("client", "t2", 0, 300);
    picture.start("api", "t1", 100, 200, pool);

    assertThat(CriticalPath.of(picture.components())).containsExactly(client);
  }

  @Test
  void thePathGoesThroughTheHeaviestOfSeveralDependencies() {
    Component light = picture.start("light", "t1", 0, 50);
    Component heavy = picture.start("heavy", "t2", 0, 80);
    Component api = picture.start("api", "t1", 80, 90, light, heavy);

    assertThat(CriticalPath.of(picture.components())).containsExactly(heavy, api);
  }

  @Test
  void ofEqualChainsTheOneEndingFirstInStartOrderIsChosen() {
    Component first = picture.start("first", "t1", 0, 100);
    picture.start("second", "t2", 0, 100);

    assertThat(CriticalPath.of(picture.components())).containsExactly(first);
  }
}
