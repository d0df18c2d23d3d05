package consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.cogwheel.Container;
import dev.cogwheel.okhttp.ApiClient;
import dev.cogwheel.okhttp.ApiModule;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.HttpModule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** An ApiClient on a connector, reading JSON from a site on loopback. */
public final class Smoke {
  public static void main(String[] args) throws Exception {
    HttpServer site =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    site.createContext(
        "/api/status",
        exchange -> {
          byte[] body = "{\"status\":\"up\"}".getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    site.start();
    String baseUrl = "http://127.0.0.1:" + site.getAddress().getPort() + "/api/";
    try (Container container =
        Container.start(
            new HttpModule(), new ApiModule(ApiSettings.builder().baseUrl(baseUrl).build()))) {
      JsonNode status = container.getInstance(ApiClient.class).get("status", JsonNode.class);
      if (!"up".equals(status.path("status").asText())) {
        throw new AssertionError("expected {\"status\":\"up\"}, got " + status);
      }
    } finally {
      site.stop(0);
    }
    System.out.println("cogwheel-okhttp consumer: OK");
  }
}
