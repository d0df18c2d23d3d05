package consumer;

import ch.qos.logback.classic.LoggerContext;
import dev.cogwheel.Container;
import dev.cogwheel.admin.AdminModule;
import dev.cogwheel.admin.AdminServer;
import dev.cogwheel.admin.AdminSettings;
import dev.cogwheel.metrics.MetricsModule;
import dev.cogwheel.okhttp.HttpModule;
import dev.cogwheel.okhttp.HttpSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.slf4j.LoggerFactory;

/** A service with logback as its logging: the container starts and its admin endpoint is ready. */
public final class Smoke {
  public static void main(String[] args) throws Exception {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
      throw new AssertionError(
          "SLF4J is not bound to logback: " + LoggerFactory.getILoggerFactory().getClass());
    }
    try (Container container =
        Container.builder()
            .name("consumer")
            .modules(
                new AdminModule(AdminSettings.builder().port(0).build()),
                new MetricsModule(),
                new HttpModule())
            .build()
            .start()) {
      container.getInstance(HttpSession.class);
      URI ready = container.getInstance(AdminServer.class).uri().resolve("/health/ready");
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "expected 200 from "
                + ready
                + ", got "
                + response.statusCode()
                + ": "
                + response.body());
      }
    }
    System.out.println("logback consumer: OK");
  }
}
