package dev.cogwheel.benchmarks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Stage;
import com.google.inject.matcher.Matchers;
import dev.cogwheel.Container;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** What each contender of the provisioning benchmark hands out. */
class WidgetTest {

  @Test
  void cogwheelHandsOutAFreshInitializedWidgetEachTime() {
    try (Container container =
        Container.builder().name("widget-test").modules(new WidgetModule()).build().start()) {
      Widget first = container.getInstance(Widget.class);
      Widget second = container.getInstance(Widget.class);

      assertThat(first).isNotSameAs(second);
      assertThat(first.isInitialized()).isTrue();
      assertThat(second.isInitialized()).isTrue();
    }
  }

  @Test
  void plainGuiceHandsOutWidgetsWithoutRunningPostConstruct() {
    Widget widget =
        Guice.createInjector(Stage.PRODUCTION, new WidgetModule()).getInstance(Widget.class);

    assertThat(widget.isInitialized()).isFalse();
  }

  @Test
  void thePostConstructTypeListenerInitializesWidgetsForPlainGuice() {
    Widget widget =
        Guice.createInjector(
                Stage.PRODUCTION,
                new WidgetModule(),
                binder -> binder.bindListener(Matchers.any(), new PostConstructTypeListener()))
            .getInstance(Widget.class);

    assertThat(widget.isInitialized()).isTrue();
  }

  @Test
  void springHandsOutAFreshInitializedPrototypeEachTime() {
    try (AnnotationConfigApplicationContext context = SpringWidgets.context()) {
      Widget first = context.getBean(Widget.class);
      Widget second = context.getBean(Widget.class);

      assertThat(first).isNotSameAs(second);
      assertThat(first.isInitialized()).isTrue();
    }
  }
}
