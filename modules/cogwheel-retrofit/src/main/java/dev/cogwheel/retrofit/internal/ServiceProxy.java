package dev.cogwheel.retrofit.internal;

import dev.cogwheel.okhttp.ApiSettings;
import dev.cogwheel.okhttp.HttpSession;
import dev.cogwheel.okhttp.internal.ApiEndpoint;
import dev.cogwheel.okhttp.internal.RetryScheduler;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * The object bound for a service interface: Retrofit's implementation of it, whose calls the
 * service's runner sends, and {@link AutoCloseable}, so that the container stops it — calls in
 * flight cancelled, later ones refused — before the session it uses.
 */
public final class ServiceProxy implements InvocationHandler {
  private final Object retrofitService;
  private final InvocationHandler retrofitHandler;
  private final ServiceExchanges exchanges;
  private final String description;

  private ServiceProxy(Object retrofitService, ServiceExchanges exchanges, String description) {
    this.retrofitService = retrofitService;
    this.retrofitHandler = Proxy.getInvocationHandler(retrofitService);
    this.exchanges = exchanges;
    this.description = description;
  }

  /**
   * The service, ready for calls. Every method of the interface is checked now, as Retrofit checks
   * them.
   *
   * @param service the service interface
   * @param name the service's name, for messages and logs, for example {@code Retrofit service
   *     SiteApi 'site'}
   * @param settings the service's settings
   * @param session the session whose client sends the calls
   * @param scheduler the timer of asynchronous retries
   * @throws IllegalArgumentException if the base URL is invalid (naming the setting {@code baseUrl}
   *     and its value) or a method of the interface is not one Retrofit accepts (naming it)
   */
  public static <T> T create(
      Class<T> service,
      String name,
      ApiSettings settings,
      HttpSession session,
      RetryScheduler scheduler) {
    OkHttpClient client = session.client();
    ApiEndpoint endpoint = new ApiEndpoint(name, settings, client, scheduler);
    ServiceExchanges exchanges = new ServiceExchanges(endpoint, client.callTimeoutMillis());
    Retrofit retrofit =
        new Retrofit.Builder()
            .baseUrl(endpoint.requests().base())
            .callFactory(new RequestCapture())
            .addCallAdapterFactory(new ReturnKinds(exchanges))
            .addConverterFactory(JacksonConverterFactory.create(endpoint.mapper()))
            .validateEagerly(true)
            .build();
    T retrofitService = retrofit.create(service);
    ServiceProxy handler =
        new ServiceProxy(retrofitService, exchanges, name + "[" + endpoint.baseUrl() + "]");
    return service.cast(
        Proxy.newProxyInstance(
            service.getClassLoader(), new Class<?>[] {service, AutoCloseable.class}, handler));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Class<?> declaring = method.getDeclaringClass();
    if (declaring == Object.class) {
      switch (method.getName()) {
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          return description;
      }
    }
    if (declaring == AutoCloseable.class) {
      exchanges.stop();
      return null;
    }
    return retrofitHandler.invoke(retrofitService, method, args);
  }

  @Override
  public String toString() {
    return description;
  }
}
