package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import java.util.Objects;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Sets the {@code User-Agent} header on requests that have none. */
public final class DefaultUserAgent implements Interceptor {
  private final String userAgent;

  /**
   * @param userAgent the header's value
   */
  public DefaultUserAgent(String userAgent) {
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    if (chain.request().header("User-Agent") != null) {
      return chain.proceed(chain.request());
    }
    return chain.proceed(chain.request().newBuilder().header("User-Agent", userAgent).build());
  }
}
