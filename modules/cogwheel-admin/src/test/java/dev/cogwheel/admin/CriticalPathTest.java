package dev.cogwheel.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import dev.cogwheel.Component;
import dev.cogwheel.Container;
import dev.cogwheel.LifecycleBinder;
import dev.cogwheel.admin.internal.CriticalPath;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
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

  @Test
  void aComponentThatStartedFirstIsOnThePathOfWhatWaitedForIt() {
    Component admin = picture.start("admin", "t1", 0, 300);
    Component pool = picture.start("pool", "t1", 300, 350, List.of(), List.of(admin));
    picture.start("cache", "t2", 300, 420, List.of(), List.of(admin));
    Component api = picture.start("api", "t1", 350, 500, List.of(pool), List.of(admin, pool));

    assertThat(CriticalPath.of(picture.components())).containsExactly(admin, pool, api);
  }

  @Test
  void aDependencyItsStartDidNotWaitForIsNotOnThePath() {
    Component pool = picture.start("pool", "t1", 0, 300);
    Component lazy = picture.start("lazy", "t2", 0, 100, List.of(pool), List.of());

    assertThat(CriticalPath.of(picture.components())).containsExactly(pool);
    assertThat(CriticalPath.of(picture.components())).doesNotContain(lazy);
  }

  @Singleton
  static class Admin {}

  @Singleton
  static class Pool {}

  @Singleton
  static class Api {
    @Inject
    Api(Pool pool) {}
  }

  @Singleton
  static class Flusher {}

  @Test
  void theDeclaredEdgesOfARealStartCountLikeInjectedOnes() {
    // Every component waits for Admin (startFirst); Flusher waits for Api (dependsOn), which waits
    // for Pool (injected): the one chain through every component is the path, whatever each took.
    Container container =
        Container.builder()
            .modules(
                new AbstractModule() {
                  @Override
                  protected void configure() {
                    bind(Flusher.class);
                    bind(Api.class);
                    bind(Admin.class);
                    LifecycleBinder.of(binder())
                        .startFirst(Admin.class)
                        .dependsOn(Flusher.class, Api.class);
                  }
                })
            .build()
            .start();
    try {
      assertThat(CriticalPath.of(container.components()))
          .extracting(Component::type)
          .containsExactly(Admin.class, Pool.class, Api.class, Flusher.class);
    } finally {
      container.stop();
    }
  }
}
