package org.nerkit.cli;

import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs tasks on worker threads and hands their results to a sink in submission order, on a
 * writer thread of its own, so that reading input, extracting and writing output overlap.
 *
 * <p>What is in flight (submitted, not yet written) is bounded by count and by weight (bytes of
 * input): {@link #submit} blocks until both fit, except that a task always fits when nothing else
 * is in flight, so a task heavier than the bound runs alone. One thread submits.
 *
 * <p>When the sink fails, the pipeline stops: {@link #submit} and {@link #finish} throw
 * {@link Stopped} with the cause, and no further result is written.
 */
final class OrderedPipeline<T> implements AutoCloseable {
  /** Receives results in order, on the writer thread. */
  interface Sink<T> {
    void accept(T result) throws Exception;

    /** Called when every submitted result has been written: a moment to flush. */
    void idle() throws Exception;
  }

  /** The pipeline stopped; {@link #getCause()} says why (the sink's or a task's exception). */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped(Throwable cause) {
      super(cause.toString(), cause, false, false);
    }
  }

  private final ExecutorService workers;
  private final Thread writer;
  private final int maxTasks;
  private final long maxWeight;
  private final Sink<T> sink;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Entry<T>> queue = new ArrayDeque<>();
  private long weight;
  private boolean inputDone;
  private boolean finished;
  private boolean paused;
  private Throwable failure;

  private static final class Entry<T> {
    final FutureTask<T> task;
    final long weight;

    Entry(FutureTask<T> task, long weight) {
      this.task = task;
      this.weight = weight;
    }
  }

  OrderedPipeline(int threads, int maxTasks, long maxWeight, Sink<T> sink) {
    if (threads < 1 || maxTasks < threads || maxWeight < 1) {
      throw new IllegalArgumentException("need threads >= 1, maxTasks >= threads and maxWeight >= 1, got "
          + threads + ", " + maxTasks + ", " + maxWeight);
    }
    this.maxTasks = maxTasks;
    this.maxWeight = maxWeight;
    this.sink = sink;
    AtomicInteger count = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "nerkit-worker-" + count.incrementAndGet());
      thread.setDaemon(true); // never keep the JVM alive after the command returns
      return thread;
    });
    this.writer = new Thread(this::writeInOrder, "nerkit-writer");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /** Queues {@code task}, first waiting while the in-flight bounds are reached. @throws Stopped */
  void submit(Callable<T> task, long taskWeight) {
    lock.lock();
    try {
      while (failure == null && (paused
          || (!queue.isEmpty() && (queue.size() >= maxTasks || weight + taskWeight > maxWeight)))) {
        changed.awaitUninterruptibly();
      }
      if (failure != null) {
        throw new Stopped(failure);
      }
      FutureTask<T> future = new FutureTask<>(task) {
        @Override
        protected void done() {
          signal();
        }
      };
      queue.addLast(new Entry<>(future, taskWeight));
      weight += taskWeight;
      workers.execute(future);
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Waits until every submitted result is written. @throws Stopped if the pipeline stopped */
  void finish() {
    lock.lock();
    try {
      inputDone = true;
      changed.signalAll();
      while (!finished && failure == null) {
        changed.awaitUninterruptibly();
      }
      if (failure != null) {
        throw new Stopped(failure);
      }
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs {@code work} on the calling writer thread once no other task is running and none will
   * start until it returns: for work that needs the whole heap (a retry after running out of
   * memory). Call only from the sink.
   */
  <R> R runAlone(Callable<R> work) throws Exception {
    lock.lock();
    try {
      paused = true;
      while (!othersDone()) {
        changed.awaitUninterruptibly();
      }
    } finally {
      lock.unlock();
    }
    try {
      return work.call();
    } finally {
      lock.lock();
      try {
        paused = false;
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private boolean othersDone() {
    boolean first = true;
    for (Entry<T> entry : queue) {
      if (!first && !entry.task.isDone()) {
        return false;
      }
      first = false;
    }
    return true;
  }

  private void writeInOrder() {
    try {
      while (true) {
        Entry<T> head;
        lock.lock();
        try {
          while (queue.isEmpty() && !inputDone && failure == null) {
            changed.awaitUninterruptibly();
          }
          if (failure != null) {
            return;
          }
          if (queue.isEmpty()) { // and the input is done
            finished = true;
            changed.signalAll();
            return;
          }
          head = queue.peekFirst();
        } finally {
          lock.unlock();
        }
        T result = await(head.task);
        sink.accept(result);
        boolean idle;
        lock.lock();
        try {
          queue.removeFirst();
          weight -= head.weight;
          idle = queue.isEmpty();
          changed.signalAll();
        } finally {
          lock.unlock();
        }
        if (idle) {
          sink.idle();
        }
      }
    } catch (Throwable e) {
      stop(e);
    }
  }

  private static <T> T await(FutureTask<T> task) throws Throwable {
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }

  private void stop(Throwable cause) {
    lock.lock();
    try {
      if (failure == null) {
        failure = cause;
      }
      queue.forEach(entry -> entry.task.cancel(false));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void signal() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Stops the threads; results not yet written are dropped (after a failure, say). */
  @Override
  public void close() {
    stop(new IllegalStateException("closed"));
    workers.shutdownNow();
  }
}
