package consumer;

import dev.cogwheel.Container;
import dev.cogwheel.admin.AdminModule;
import dev.cogwheel.admin.AdminServer;
import dev.cogwheel.admin.AdminSettings;
import dev.cogwheel.metrics.MetricsModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The admin endpoint over real HTTP on loopback: readiness, metrics and the lifecycle report. */
public final class Smoke {
  public static void main(String[] args) throws Exception {
    try (Container container =
        Container.builder()
            .name("consumer")
            .modules(new AdminModule(AdminSettings.builder().port(0).build()), new MetricsModule())
            .build()
            .start()) {
      URI admin = container.getInstance(AdminServer.class).uri();
      HttpClient http = HttpClient.newHttpClient();
      expect(http, admin.resolve("/health/ready"), "\"status\":\"UP\"");
      expect(http, admin.resolve("/metrics"), "# TYPE ");
      expect(http, admin.resolve("/lifecycle"), "consumer");
    }
    System.out.println("cogwheel-admin consumer: OK");
  }

  private static void expect(HttpClient http, URI uri, String fragment) throws Exception {
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200 || !response.body().contains(fragment)) {
      throw new AssertionError(
          "expected 200 with '"
              + fragment
              + "' from "
              + uri
              + ", got "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }
}
