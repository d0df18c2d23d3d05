package dev.cogwheel.internal;

/**
 * The thread that creates a run's injector and starts its components, and then stays parked until
 * the run's release takes it as its first worker: a stop starts no thread of its own unless a
 * release hangs. Starting a thread costs more than a hundred microseconds on a small machine, as
 * much as starting a hundred components.
 *
 * <p>An interrupt that arrives after the start ended (one meant for the start) is dropped before
 * the release runs.
 *
 * <p>The start runs in the thread's own {@code run()}, not in a {@code Runnable} under {@code
 * Thread.run()}: Guice takes a stack trace for every binding a module makes, and each frame below
 * the injector's creation adds to all of them (about 0.2 µs a binding per frame).
 */
final class StartThread {
  private final Thread thread;

  // Guarded by this.
  private boolean started;
  private boolean dismissed;
  private Runnable release;

  /**
   * A daemon thread of {@code threads}, with its next name, that runs {@code start}; not started.
   */
  StartThread(ContainerThreads.Factory threads, Runnable start) {
    this.thread = new Body(threads, start);
  }

  private final class Body extends Thread {
    private final Runnable start;

    Body(ContainerThreads.Factory threads, Runnable start) {
      super(threads.group(), threads.nextName());
      setDaemon(true);
      this.start = start;
    }

    @Override
    public void run() {
      try {
        start.run();
      } finally {
        startEnded();
      }
      awaitRelease();
    }
  }

  /** The thread. */
  Thread thread() {
    return thread;
  }

  /** Starts the thread. */
  void begin() {
    thread.start();
  }

  /**
   * Waits at most {@code millis} milliseconds for the start to end; returns whether it has.
   *
   * @throws InterruptedException if the caller is interrupted while waiting
   */
  synchronized boolean awaitStart(long millis) throws InterruptedException {
    if (!started) {
      wait(millis);
    }
    return started;
  }

  /**
   * Hands {@code job} to the parked thread, renamed {@code name}; returns false, leaving the job to
   * another thread, if the start has not ended (it hangs, or was abandoned) or the thread was
   * dismissed or given a job already.
   */
  synchronized boolean handOff(Runnable job, String name) {
    if (!started || dismissed || release != null) {
      return false;
    }
    thread.setName(name);
    release = job;
    notifyAll();
    return true;
  }

  /**
   * Lets the thread end if it was given no job, and waits for it to end if its start has ended; a
   * thread still starting (abandoned) or releasing (a hung release, abandoned) is not waited for.
   */
  void dismiss() {
    boolean parked;
    synchronized (this) {
      dismissed = true;
      parked = started && release == null;
      notifyAll();
    }
    if (parked && thread != Thread.currentThread()) {
      ContainerThreads.joinUninterruptibly(thread);
    }
  }

  private synchronized void startEnded() {
    started = true;
    notifyAll();
  }

  private void awaitRelease() {
    Runnable job;
    synchronized (this) {
      while (release == null && !dismissed) {
        try {
          wait();
        } catch (InterruptedException e) {
          // meant for the start, which has ended: only a job or a dismissal ends the wait
        }
      }
      job = release;
    }
    Thread.interrupted();
    if (job != null) {
      job.run();
    }
  }
}
