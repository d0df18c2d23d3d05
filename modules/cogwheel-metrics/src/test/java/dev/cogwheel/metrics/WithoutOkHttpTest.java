package dev.cogwheel.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import dev.cogwheel.Container;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * OkHttp is an optional dependency: everything but {@code dev.cogwheel.metrics.http} runs without
 * it.
 */
class WithoutOkHttpTest {

  @Test
  void metricsModuleStartsAndStopsWithoutOkHttpOnTheClassPath() throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(classPathWithoutOkHttp(), ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("okhttp3.OkHttpClient"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> loader.loadClass("dev.cogwheel.okhttp.HttpModule"))
          .isInstanceOf(ClassNotFoundException.class);

      Callable<?> run =
          (Callable<?>)
              loader.loadClass(Run.class.getName()).getDeclaredConstructor().newInstance();

      assertThat(run.call())
          .isEqualTo(
              List.of("cogwheel.container.start.count=1", "cogwheel.container.stop.count=1"));
    }
  }

  private static URL[] classPathWithoutOkHttp() throws Exception {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (!name.startsWith("okhttp")
          && !name.startsWith("okio")
          && !name.startsWith("mockwebserver")
          && !name.startsWith("cogwheel-okhttp")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(new URL[0]);
  }

  /** Runs a container with the metrics module; loaded by the class loader without OkHttp. */
  public static final class Run implements Callable<List<String>> {
    @Override
    public List<String> call() {
      MetricRegistry registry = new MetricRegistry();
      Container container =
          Container.builder()
              .name("no-okhttp")
              .modules(MetricsModule.builder().registry(registry).jmx().slf4j().build())
              .build();
      container.start();
      container.stop();
      return List.of(
          MetricNames.CONTAINER_START
              + ".count="
              + registry.timer(MetricNames.CONTAINER_START).getCount(),
          MetricNames.CONTAINER_STOP
              + ".count="
              + registry.timer(MetricNames.CONTAINER_STOP).getCount());
    }
  }
}
