package org.nerkit.util;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Hands out instances of a non-thread-safe helper (OpenNLP's {@code NameFinderME},
 * {@code SentenceDetectorME}) one caller at a time. Unlike a {@code ThreadLocal}, the pool never
 * pins an instance to a thread of someone else's executor: it holds at most as many instances
 * as were ever used at once, and they go away with the pool.
 */
public final class InstancePool<T> {
  private final ConcurrentLinkedQueue<T> idle = new ConcurrentLinkedQueue<>();
  private final Supplier<T> factory;

  public InstancePool(Supplier<T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** Runs {@code work} with an instance no other thread is using, then returns it to the pool. */
  public <R> R with(Function<T, R> work) {
    T instance = idle.poll();
    if (instance == null) {
      instance = factory.get();
    }
    try {
      return work.apply(instance);
    } finally {
      idle.offer(instance);
    }
  }
}
