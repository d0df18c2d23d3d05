package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import java.util.Objects;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The first application interceptor of a session's client: refuses every call once the session or
 * its connector has stopped, so that a client kept past the stop fails at once instead of opening
 * connections nobody will close.
 */
public final class StopGuard implements Interceptor {
  private final Supplier<String> stoppedReason;

  /**
   * @param stoppedReason what has stopped, for example {@code "HttpSession of container 'bot' is
   *     stopped"}, or {@code null} while running
   */
  public StopGuard(Supplier<String> stoppedReason) {
    this.stoppedReason = Objects.requireNonNull(stoppedReason, "stoppedReason");
  }

  /**
   * Proceeds with the call, or refuses it.
   *
   * @throws StoppedException (an {@link IllegalStateException}) naming what is stopped and the
   *     call's method and URL
   */
  @Override
  public Response intercept(Chain chain) throws IOException {
    String reason = stoppedReason.get();
    if (reason != null) {
      Request request = chain.request();
      String url = request.url().newBuilder().username("").password("").build().toString();
      throw new StoppedException(reason + ": " + request.method() + " " + url + " was not sent");
    }
    return chain.proceed(chain.request());
  }
}
