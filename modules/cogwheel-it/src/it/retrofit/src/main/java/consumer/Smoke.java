package consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.cogwheel.Container;
import dev.cogwheel.okhttp.ApiException;
import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.retrofit.RetrofitModule;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import okhttp3.OkHttp;
import retrofit2.http.GET;

/** A Retrofit service on a connector, reading JSON from a site on loopback, on OkHttp 5. */
public final class Smoke {

  /** The site's API, as its users write it. */
  public interface Site {
    @GET("status")
    JsonNode status();

    @GET("missing")
    JsonNode missing();
  }

  public static void main(String[] args) throws Exception {
    if (!OkHttp.VERSION.startsWith("5.")) {
      throw new AssertionError("expected OkHttp 5 on the class path, got " + OkHttp.VERSION);
    }
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
            RetrofitModule.of(Site.class, ApiSettings.builder().baseUrl(baseUrl).build()))) {
      Site api = container.getInstance(Site.class);
      JsonNode status = api.status();
      if (!"up".equals(status.path("status").asText())) {
        throw new AssertionError("expected {\"status\":\"up\"}, got " + status);
      }
      try {
        api.missing();
        throw new AssertionError("expected an ApiException for a 404");
      } catch (ApiException e) {
        if (e.status() != 404) {
          throw new AssertionError("expected 404, got " + e.getMessage(), e);
        }
      }
    } finally {
      site.stop(0);
    }
    System.out.println("cogwheel-retrofit consumer: OK");
  }
}
