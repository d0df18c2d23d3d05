package dev.cogwheel.internal;

import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.ProvisionException;
import com.google.inject.TypeLiteral;
import com.google.inject.matcher.AbstractMatcher;
import com.google.inject.matcher.Matcher;
import com.google.inject.spi.ConstructorBinding;
import com.google.inject.spi.InjectionListener;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.LinkedKeyBinding;
import com.google.inject.spi.ProviderInstanceBinding;
import com.google.inject.spi.ProvisionListener;
import com.google.inject.spi.TypeEncounter;
import com.google.inject.spi.TypeListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees the provisions of one run of a container: runs {@code @PostConstruct} methods (from an
 * injection listener for what Guice constructs, from the provision listener for what providers
 * return) and records each singleton the container created, in the order its start completed.
 *
 * <p>Provisions nest: a dependency's provision completes inside its dependent's, so the order of
 * completed provisions is a valid start order. A per-thread stack of frames tells a singleton
 * reached through a linked binding ({@link #createLinked}, {@link SingletonLink}) from an unscoped
 * instance, and lets an instance that several nested provisions return be initialised once.
 */
public final class ComponentRegistry implements ProvisionListener {
  private static final Logger log = LoggerFactory.getLogger(ComponentRegistry.class);

  private final String containerName;
  private final Listeners listeners;
  private final Set<Class<?>> warnedUnscopedTypes;
  private volatile Set<Object> userInstances = Set.of();

  /** The innermost provision open on each thread, in a cell set once per thread. */
  private final ThreadLocal<Frame[]> openFrame = ThreadLocal.withInitial(() -> new Frame[1]);

  /**
   * The thread that creates the injector, and its cell: the start's provisions, the most by far,
   * are tracked without a ThreadLocal lookup.
   */
  private volatile Thread startThread;

  private final Frame[] startThreadFrame = new Frame[1];

  /**
   * Frames open on the threads other than the start thread: when none is, the hot path need not
   * look for one.
   */
  private final AtomicInteger activeFrames = new AtomicInteger();

  private final List<ManagedComponent> components = new ArrayList<>();
  private final Map<Object, ManagedComponent> byInstance = new IdentityHashMap<>();

  private volatile boolean cancelled;
  private volatile boolean closed;
  private volatile StartFailure failure;

  /**
   * @param warnedUnscopedTypes the types already warned about, shared across the container's runs
   */
  public ComponentRegistry(
      String containerName, Listeners listeners, Set<Class<?>> warnedUnscopedTypes) {
    this.containerName = containerName;
    this.listeners = listeners;
    this.warnedUnscopedTypes = warnedUnscopedTypes;
  }

  /**
   * The objects the user made, which are never started or stopped; set before Guice injects any of
   * them.
   */
  public void userInstances(Set<Object> userInstances) {
    this.userInstances = userInstances;
  }

  /**
   * Tells the registry which thread creates the injector, before it starts, or {@code null} once it
   * has ended.
   */
  public void startThread(Thread thread) {
    startThread = thread;
  }

  /** Makes every later provision fail: a stop was requested while starting. */
  public void cancel() {
    cancelled = true;
  }

  /** Refuses new singletons from now on: the container is stopping. */
  public void close() {
    closed = true;
  }

  /** The first provision that failed, with its key, or {@code null}. */
  public StartFailure failure() {
    return failure;
  }

  /** The components in start order. */
  public synchronized List<ManagedComponent> components() {
    return List.copyOf(components);
  }

  /**
   * The bindings this registry listens to: singletons, what provider bindings and {@code @Provides}
   * methods return, and unscoped classes that declare a {@code @PreDestroy} (to say it will never
   * run). Guice asks once per binding. Unscoped constructor bindings otherwise are the hot path and
   * get no provision listener: their {@code @PostConstruct} runs from the {@link #postConstructs()}
   * injection listener. Instance bindings are the user's and never listened to.
   */
  public static final Matcher<Binding<?>> PROVISIONS =
      new AbstractMatcher<>() {
        @Override
        public boolean matches(Binding<?> binding) {
          if (binding instanceof InstanceBinding) {
            return false;
          }
          if (binding instanceof ConstructorBinding && !Scoping.isSingleton(binding)) {
            Class<?> type =
                ((ConstructorBinding<?>) binding).getConstructor().getDeclaringType().getRawType();
            try {
              return LifecycleMethods.of(type).hasPreDestroy();
            } catch (InvalidLifecycleMethodException e) {
              return false; // reported by the type listener
            }
          }
          return true;
        }

        @Override
        public String toString() {
          return "singletons, provided instances and unscoped classes with @PreDestroy";
        }
      };

  private final TypeListener postConstructs = this::hear;

  /**
   * Runs the {@code @PostConstruct} methods of every instance Guice constructs, right after its
   * injection, once per instance: a listener per type that has them, registered once. Objects the
   * user made are left alone. A lifecycle method that breaks the rules is a configuration error.
   */
  public TypeListener postConstructs() {
    return postConstructs;
  }

  private <I> void hear(TypeLiteral<I> type, TypeEncounter<I> encounter) {
    LifecycleMethods methods;
    try {
      methods = LifecycleMethods.of(type.getRawType());
    } catch (InvalidLifecycleMethodException e) {
      recordFailure(Key.get(type), e);
      encounter.addError(e.getMessage());
      return;
    }
    if (methods.hasPostConstruct()) {
      encounter.register((InjectionListener<I>) instance -> initialize(methods, instance));
    }
  }

  private void initialize(LifecycleMethods methods, Object instance) {
    Set<Object> made = userInstances;
    if (!made.isEmpty() && made.contains(instance)) {
      return;
    }
    try {
      postConstruct(methods, instance, null);
    } catch (RuntimeException | Error e) {
      recordFailure(Key.get(instance.getClass()), e);
      throw e;
    }
    Frame parent = innermostOpenFrame();
    if (parent != null) {
      parent.root().markInitialized(instance); // a provider above may return it: not twice
    }
  }

  /**
   * The innermost provision open on this thread, or {@code null}; cheap when none is open anywhere.
   */
  private Frame innermostOpenFrame() {
    if (Thread.currentThread() == startThread) {
      return startThreadFrame[0];
    }
    return activeFrames.get() > 0 ? openFrame.get()[0] : null;
  }

  /** The listener for {@link #PROVISIONS}. */
  @Override
  public <T> void onProvision(ProvisionInvocation<T> invocation) {
    Binding<T> binding = invocation.getBinding();
    boolean singleton = Scoping.isSingleton(binding);
    if (cancelled) {
      throw new CancellationException(
          "container '"
              + containerName
              + "' was stopped while starting; "
              + KeyNames.describe(binding.getKey())
              + " was not created");
    }
    if (singleton && closed) {
      throw new IllegalStateException(
          "container '"
              + containerName
              + "' is stopping or stopped; cannot create singleton "
              + KeyNames.describe(binding.getKey()));
    }
    boolean onStartThread = Thread.currentThread() == startThread;
    Frame[] open = onStartThread ? startThreadFrame : openFrame.get();
    Frame parent = open[0];
    Frame frame = new Frame(parent, binding);
    open[0] = frame;
    if (!onStartThread) {
      activeFrames.incrementAndGet();
    }
    long begin = System.nanoTime();
    T instance;
    try {
      instance = invocation.provision();
    } catch (RuntimeException | Error e) {
      recordFailure(binding.getKey(), e);
      throw e;
    } finally {
      if (!onStartThread) {
        activeFrames.decrementAndGet();
      }
      open[0] = parent;
    }
    if (instance == null) {
      return;
    }
    try {
      boolean component = afterProvision(binding, instance, singleton, parent, frame, begin);
      if (component && parent != null) {
        parent.componentNanos += System.nanoTime() - begin;
      }
    } catch (RuntimeException | Error e) {
      recordFailure(binding.getKey(), e);
      throw e;
    }
  }

  /**
   * Runs the {@code @PostConstruct} methods, wrapping a checked or runtime exception in one that
   * names the class and, when known, the binding.
   */
  private static void postConstruct(LifecycleMethods methods, Object instance, Binding<?> binding) {
    try {
      methods.postConstruct(instance);
    } catch (Exception e) {
      String boundAs =
          binding == null ? "" : " (bound as " + KeyNames.describe(binding.getKey()) + ")";
      throw new ComponentStartException(
          "@PostConstruct of " + instance.getClass().getName() + boundAs + " failed: " + e, e);
    }
  }

  private void warnUnscoped(Object instance, Binding<?> binding) {
    if (warnedUnscopedTypes.add(instance.getClass())) {
      log.warn(
          "{} has a @PreDestroy method but {} is not a singleton: container '{}' keeps no reference to it and will never call it",
          instance.getClass().getName(),
          KeyNames.describe(binding.getKey()),
          containerName);
    }
  }

  /** Initialises and records the instance; returns whether it is (or already was) a component. */
  private boolean afterProvision(
      Binding<?> binding,
      Object instance,
      boolean singleton,
      Frame parent,
      Frame frame,
      long begin) {
    LifecycleMethods methods = LifecycleMethods.of(instance.getClass());
    boolean known;
    synchronized (this) {
      known = byInstance.containsKey(instance);
    }
    if (methods.hasPostConstruct()
        && !(binding instanceof ConstructorBinding) // the type listener's work
        && linkTarget(binding) == null // the target's binding made and initialised the instance
        && !known
        && !frame.root().initialized(instance)) {
      postConstruct(methods, instance, binding);
      if (parent != null) {
        frame.root().markInitialized(instance);
      }
    }
    if (!singleton) {
      if (known || (parent != null && parent.linksTo(binding.getKey()))) {
        return known; // a component already, or the singleton link above records it
      }
      if (methods.hasPreDestroy()) {
        warnUnscoped(instance, binding);
      }
      return false;
    }
    ManagedComponent component;
    synchronized (this) {
      if (known || byInstance.containsKey(instance)) {
        return true;
      }
      long ownNanos = System.nanoTime() - begin - frame.componentNanos;
      component =
          new ManagedComponent(
              binding.getKey(),
              binding,
              instance,
              methods,
              components.size() + 1,
              Instant.now(),
              ownNanos);
      components.add(component);
      byInstance.put(instance, component);
    }
    listeners.componentStarted(component);
    return true;
  }

  /**
   * Creates the singleton of a singleton-scoped linked binding, {@code bind(Cache.class)
   * .to(RedisCache.class).in(Singleton.class)}, and records it as a component under the linked key,
   * as if Guice had provisioned the linked binding itself (it provisions only the target's binding,
   * which is not a singleton). If the singleton already exists, it is recorded as it is.
   *
   * @param link the linked binding
   * @param owner the injector that owns it
   */
  public <T> void createLinked(LinkedKeyBinding<T> link, Injector owner) {
    onProvision(
        new ProvisionInvocation<T>() {
          @Override
          public Binding<T> getBinding() {
            return link;
          }

          @Override
          public T provision() {
            return owner.getInstance(link.getKey());
          }
        });
  }

  /** The target of a linked singleton's binding (as Guice bound it, or rewritten), else null. */
  private static Key<?> linkTarget(Binding<?> binding) {
    if (binding instanceof LinkedKeyBinding) {
      return ((LinkedKeyBinding<?>) binding).getLinkedKey();
    }
    if (binding instanceof ProviderInstanceBinding
        && ((ProviderInstanceBinding<?>) binding).getUserSuppliedProvider()
            instanceof SingletonLink) {
      return ((SingletonLink<?>) ((ProviderInstanceBinding<?>) binding).getUserSuppliedProvider())
          .target();
    }
    return null;
  }

  private void recordFailure(Key<?> key, Throwable e) {
    if (failure == null) {
      failure = new StartFailure(key, e);
    }
  }

  /** The first failed provision of a start: the innermost key and what it threw. */
  public static final class StartFailure {
    private final Key<?> key;
    private final Throwable exception;

    StartFailure(Key<?> key, Throwable exception) {
      this.key = key;
      this.exception = exception;
    }

    public Key<?> key() {
      return key;
    }

    /** The exception as the user's code threw it, without the wrappers Guice and Cogwheel added. */
    public Throwable cause() {
      Throwable cause = exception;
      while ((cause instanceof ComponentStartException || cause instanceof ProvisionException)
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      return cause;
    }

    /** What failed, for the message: the lifecycle method and its exception, or the exception. */
    public String message() {
      return exception instanceof ComponentStartException
              || exception instanceof InvalidLifecycleMethodException
          ? exception.getMessage()
          : String.valueOf(cause());
    }
  }

  /** One provision in progress on this thread. */
  private static final class Frame {
    final Frame parent;
    final Binding<?> binding;
    long componentNanos;
    private Map<Object, Boolean> initialized;

    Frame(Frame parent, Binding<?> binding) {
      this.parent = parent;
      this.binding = binding;
    }

    Frame root() {
      Frame f = this;
      while (f.parent != null) {
        f = f.parent;
      }
      return f;
    }

    /** Whether this frame creates a linked singleton whose target is {@code key}. */
    boolean linksTo(Key<?> key) {
      return key.equals(linkTarget(binding));
    }

    boolean initialized(Object instance) {
      return initialized != null && initialized.containsKey(instance);
    }

    void markInitialized(Object instance) {
      if (initialized == null) {
        initialized = new IdentityHashMap<>();
      }
      initialized.put(instance, Boolean.TRUE);
    }
  }
}
