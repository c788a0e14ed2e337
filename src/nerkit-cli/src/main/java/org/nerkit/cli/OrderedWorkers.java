package org.nerkit.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a fixed number of threads and hands their results to a sink in submission
 * order, with at most {@code maxInFlight} tasks queued or running: the caller blocks (writing
 * finished results) before it may read more input, so memory stays bounded whatever the input
 * size. With one thread, tasks run on the caller's thread. Not thread-safe: one thread submits.
 */
final class OrderedWorkers<T> implements AutoCloseable {
  /** Receives results in order, on the submitting thread. */
  interface Sink<T> {
    void accept(T result) throws IOException;
  }

  private final ExecutorService pool;
  private final int maxInFlight;
  private final Sink<T> sink;
  private final ArrayDeque<Future<T>> inFlight = new ArrayDeque<>();

  OrderedWorkers(int threads, int maxInFlight, Sink<T> sink) {
    if (threads < 1 || maxInFlight < threads) {
      throw new IllegalArgumentException("need threads >= 1 and maxInFlight >= threads, got " + threads + ", " + maxInFlight);
    }
    this.maxInFlight = maxInFlight;
    this.sink = sink;
    AtomicInteger count = new AtomicInteger();
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "nerkit-worker-" + count.incrementAndGet());
      thread.setDaemon(true); // never keep the JVM alive after the command returns
      return thread;
    });
  }

  /** Queues {@code task}; first writes finished results while {@code maxInFlight} are pending. */
  void submit(Callable<T> task) throws IOException {
    if (pool == null) {
      sink.accept(call(task));
      return;
    }
    while (inFlight.size() >= maxInFlight) {
      sink.accept(await(inFlight.removeFirst()));
    }
    inFlight.addLast(pool.submit(task));
  }

  /** Waits for every queued task and writes its result. */
  void finish() throws IOException {
    while (!inFlight.isEmpty()) {
      sink.accept(await(inFlight.removeFirst()));
    }
  }

  /** Stops the threads; tasks not yet written are cancelled (after an error, say). */
  @Override
  public void close() {
    if (pool != null) {
      inFlight.forEach(future -> future.cancel(true));
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> task) throws IOException {
    try {
      return task.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static <T> T await(Future<T> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for extraction");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error; // out of memory and the like: as on one thread
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
  }
}
