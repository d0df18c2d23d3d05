package dev.cogwheel.okhttp.internal;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import dev.cogwheel.okhttp.Connector;
import dev.cogwheel.okhttp.HttpSession;
import dev.cogwheel.okhttp.HttpSettings;
import okhttp3.EventListener;
import okhttp3.Interceptor;

/**
 * The bindings every {@code HttpModule} shares: the connector and the session as eager singletons,
 * their settings as chosen from what the modules were given ({@link ChosenHttpSettings}), and the
 * empty multibinders. All instances are equal, so Guice installs them once however many modules
 * install one.
 */
public final class HttpBindings extends AbstractModule {

  @Override
  protected void configure() {
    Multibinder.newSetBinder(binder(), HttpSettingsChoice.class);
    bind(HttpSettings.class).toProvider(ChosenHttpSettings.class);
    Multibinder.newSetBinder(binder(), Interceptor.class, ApplicationInterceptors.class);
    Multibinder.newSetBinder(binder(), Interceptor.class, NetworkInterceptors.class);
    Multibinder.newSetBinder(binder(), EventListener.Factory.class, SessionEventListeners.class);
    bind(PlatformTls.class).toInstance(new PlatformTls());
    bind(Connector.class).asEagerSingleton();
    bind(HttpSession.class).asEagerSingleton();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HttpBindings;
  }

  @Override
  public int hashCode() {
    return HttpBindings.class.hashCode();
  }
}
