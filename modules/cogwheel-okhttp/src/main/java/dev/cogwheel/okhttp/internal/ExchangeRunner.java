package dev.cogwheel.okhttp.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the exchanges of one API client, blocking or asynchronously, attempt after attempt, and
 * cancels those in flight when the client stops. Every response is closed before its outcome is
 * reported.
 */
public final class ExchangeRunner {
  private static final Logger log = LoggerFactory.getLogger(ExchangeRunner.class);

  private final String client;
  private final OkHttpClient http;
  private final OutcomeReader outcomes;
  private final RetryScheduler scheduler;
  private final int maxAttempts;
  private final Set<InFlight> inFlight = ConcurrentHashMap.newKeySet();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private volatile String stoppedReason;

  /**
   * @param client the client's name, for messages
   * @param http the session's client
   * @param outcomes what reads each attempt's outcome
   * @param scheduler the timer of asynchronous retries
   * @param maxAttempts the most attempts of one exchange, for the log
   */
  public ExchangeRunner(
      String client,
      OkHttpClient http,
      OutcomeReader outcomes,
      RetryScheduler scheduler,
      int maxAttempts) {
    this.client = client;
    this.http = http;
    this.outcomes = outcomes;
    this.scheduler = scheduler;
    this.maxAttempts = maxAttempts;
  }

  /**
   * Runs {@code exchange} on the calling thread, retrying as the policy allows; waits between
   * attempts on this thread.
   *
   * @return the decoded answer
   * @throws IllegalStateException if the client is stopped
   * @throws java.util.concurrent.CancellationException if the client stopped during the exchange,
   *     the exchange was {@linkplain Exchange#cancel() cancelled}, or the thread was interrupted
   *     while waiting to retry (its interrupt flag is set again)
   * @throws RuntimeException the failure the exchange came to: {@code ApiException}, {@code
   *     ApiDecodingException} or {@link java.io.UncheckedIOException}
   */
  public <T> T execute(Exchange<T> exchange) {
    for (int attempt = 1; ; attempt++) {
      Call call = http.newCall(exchange.request());
      InFlight cancel = reason -> call.cancel();
      inFlight.add(cancel);
      exchange.attempting(call);
      Outcome<T> outcome;
      try {
        refuseIfStopped(exchange, attempt);
        try (Response response = call.execute()) {
          outcome = outcomes.read(exchange, attempt, response, () -> cancelledBecause(call));
        } catch (IOException e) {
          outcome = outcomes.read(exchange, attempt, e, cancelledBecause(call));
        }
      } finally {
        inFlight.remove(cancel);
      }
      if (outcome.isFailure()) {
        throw outcome.failure();
      }
      if (!outcome.isRetry()) {
        return outcome.value();
      }
      logRetry(exchange, attempt, outcome);
      awaitRetry(exchange, outcome.retryDelay());
    }
  }

  /**
   * Starts {@code exchange} with OkHttp's {@code enqueue}: it runs, and the returned future
   * completes, on the dispatcher's threads; retries are enqueued again from the retry scheduler.
   * Cancelling the future cancels the call.
   *
   * @return a future of the decoded answer; it fails with {@link IllegalStateException} if the
   *     client is stopped, or as {@link #execute} would throw
   */
  public <T> CompletableFuture<T> enqueue(Exchange<T> exchange) {
    AsyncExchange<T> async = new AsyncExchange<>(exchange);
    async.start();
    return async.future;
  }

  /**
   * Refuses new exchanges, wakes those waiting to retry and cancels those in flight. Idempotent.
   *
   * @param reason what stopped, for the messages of the cancelled exchanges
   */
  public void stop(String reason) {
    stoppedReason = reason;
    stopSignal.countDown();
    for (InFlight exchange : List.copyOf(inFlight)) {
      exchange.cancel(reason);
    }
  }

  private void refuseIfStopped(Exchange<?> exchange, int attempt) {
    String reason = stoppedReason;
    if (reason == null) {
      return;
    }
    if (attempt == 1) {
      throw new StoppedException(reason + ": " + exchange + " was not sent");
    }
    throw OutcomeReader.cancelled(exchange, reason, null);
  }

  private String cancelledBecause(Call call) {
    String reason = stoppedReason;
    if (reason != null) {
      return reason;
    }
    return call.isCanceled() ? "the call was cancelled" : null;
  }

  private void awaitRetry(Exchange<?> exchange, Duration delay) {
    try {
      if (stopSignal.await(delay.toNanos(), TimeUnit.NANOSECONDS)) {
        throw OutcomeReader.cancelled(exchange, stoppedReason, null);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw OutcomeReader.cancelled(exchange, "interrupted while waiting to retry", e);
    }
  }

  private void logRetry(Exchange<?> exchange, int attempt, Outcome<?> outcome) {
    if (log.isDebugEnabled()) {
      log.debug(
          "{}: {} {} on attempt {} of {}; retrying in {} ms",
          client,
          exchange,
          outcome.retryReason(),
          attempt,
          maxAttempts,
          outcome.retryDelay().toMillis());
    }
  }

  @Override
  public String toString() {
    return "ExchangeRunner[" + client + ", " + inFlight.size() + " in flight]";
  }

  /** An exchange in flight, which the client's stop cancels. */
  private interface InFlight {
    void cancel(String reason);
  }

  /** One asynchronous exchange, through all its attempts. */
  private final class AsyncExchange<T> implements Callback, InFlight {
    final CompletableFuture<T> future = new CompletableFuture<>();
    private final Exchange<T> exchange;
    private volatile int attempt;
    private volatile Call call;
    private volatile ScheduledFuture<?> pendingRetry;

    AsyncExchange(Exchange<T> exchange) {
      this.exchange = exchange;
    }

    void start() {
      inFlight.add(this);
      future.whenComplete(
          (value, failure) -> {
            inFlight.remove(this);
            if (future.isCancelled()) {
              cancelWork();
            }
          });
      attempt();
    }

    private void attempt() {
      int next = attempt + 1;
      try {
        refuseIfStopped(exchange, next);
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        return;
      }
      attempt = next;
      Call nextCall = http.newCall(exchange.request());
      call = nextCall;
      exchange.attempting(nextCall);
      if (future.isDone()) {
        return;
      }
      nextCall.enqueue(this);
    }

    @Override
    public void onResponse(Call finished, Response response) {
      Outcome<T> outcome;
      try (response) {
        outcome = outcomes.read(exchange, attempt, response, () -> cancelledBecause(finished));
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
        return;
      }
      report(outcome);
    }

    @Override
    public void onFailure(Call failed, IOException e) {
      if (e.getCause() instanceof StoppedException) {
        future.completeExceptionally(e.getCause());
        return;
      }
      report(outcomes.read(exchange, attempt, e, cancelledBecause(failed)));
    }

    private void report(Outcome<T> outcome) {
      if (outcome.isFailure()) {
        future.completeExceptionally(outcome.failure());
      } else if (!outcome.isRetry()) {
        future.complete(outcome.value());
      } else {
        logRetry(exchange, attempt, outcome);
        try {
          pendingRetry = scheduler.schedule(this::attempt, outcome.retryDelay());
        } catch (RejectedExecutionException e) {
          future.completeExceptionally(
              OutcomeReader.cancelled(exchange, "its retry scheduler is stopped", e));
        }
        if (future.isDone()) {
          cancelWork();
        }
      }
    }

    @Override
    public void cancel(String reason) {
      future.completeExceptionally(OutcomeReader.cancelled(exchange, reason, null));
      cancelWork();
    }

    private void cancelWork() {
      Call current = call;
      if (current != null) {
        current.cancel();
      }
      ScheduledFuture<?> retry = pendingRetry;
      if (retry != null) {
        retry.cancel(false);
      }
    }
  }
}
