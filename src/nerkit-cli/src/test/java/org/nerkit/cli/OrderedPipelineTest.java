package org.nerkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OrderedPipelineTest {
  /** A sink that keeps what it is given. */
  private static class Kept<T> implements OrderedPipeline.Sink<T> {
    final List<T> written = new ArrayList<>();
    int idle;

    @Override
    public void accept(T result) throws Exception {
      written.add(result);
    }

    @Override
    public void idle() {
      idle++;
    }
  }

  @Test
  void resultsComeOutInSubmissionOrderWithBoundedWorkInFlight() {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Kept<Integer> sink = new Kept<>() {
      @Override
      public void accept(Integer result) throws Exception {
        super.accept(result);
        inFlight.decrementAndGet();
      }
    };
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(3, 6, 1_000_000, sink)) {
      for (int k = 0; k < 200; k++) {
        int n = k;
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        pipeline.submit(() -> {
          Thread.sleep((n * 7919) % 5); // later tasks often finish first
          return n;
        }, 1);
      }
      pipeline.finish();
    }
    List<Integer> expected = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      expected.add(k);
    }
    assertEquals(expected, sink.written);
    assertTrue(most.get() <= 7, "at most 6 in flight plus the one being submitted, saw " + most.get());
  }

  @Test
  void weightIsBoundedButAHeavyTaskRunsAlone() {
    AtomicLong weightRunning = new AtomicLong();
    AtomicLong mostWeight = new AtomicLong();
    Kept<Long> sink = new Kept<>();
    long[] weights = {10, 10, 500, 10, 30, 30, 30, 10};
    try (OrderedPipeline<Long> pipeline = new OrderedPipeline<>(4, 8, 100, sink)) {
      for (long weight : weights) {
        pipeline.submit(() -> {
          mostWeight.accumulateAndGet(weightRunning.addAndGet(weight), Math::max);
          Thread.sleep(20);
          weightRunning.addAndGet(-weight);
          return weight;
        }, weight);
      }
      pipeline.finish();
    }
    assertEquals(8, sink.written.size());
    assertEquals(500, mostWeight.get(), "the heavy task ran alone, and no two light ones together passed 100");
  }

  @Test
  void aFailingSinkStopsThePipelineAndTheSubmitterHearsOfIt() {
    OrderedPipeline.Sink<Integer> broken = new OrderedPipeline.Sink<>() {
      @Override
      public void accept(Integer result) throws Exception {
        throw new IOException("Broken pipe");
      }

      @Override
      public void idle() {
      }
    };
    OrderedPipeline.Stopped stopped = assertThrows(OrderedPipeline.Stopped.class, () -> {
      try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(2, 4, 100, broken)) {
        for (int k = 0; k < 1000; k++) {
          pipeline.submit(() -> 1, 1);
        }
        pipeline.finish();
      }
    });
    assertEquals("Broken pipe", stopped.getCause().getMessage());
  }

  @Test
  void runAloneWaitsForEveryOtherTask() throws Exception {
    AtomicInteger running = new AtomicInteger();
    List<Integer> seenAlone = new ArrayList<>();
    OrderedPipeline<Integer>[] holder = new OrderedPipeline[1];
    Kept<Integer> sink = new Kept<>() {
      @Override
      public void accept(Integer result) throws Exception {
        if (result == 0) {
          seenAlone.add(holder[0].runAlone(running::get));
        }
        super.accept(result);
      }
    };
    try (OrderedPipeline<Integer> pipeline = new OrderedPipeline<>(2, 8, 100, sink)) {
      holder[0] = pipeline;
      for (int k = 0; k < 6; k++) {
        int n = k;
        pipeline.submit(() -> {
          running.incrementAndGet();
          Thread.sleep(n == 0 ? 0 : 50);
          running.decrementAndGet();
          return n;
        }, 1);
      }
      pipeline.finish();
    }
    assertEquals(List.of(0), seenAlone);
    assertEquals(List.of(0, 1, 2, 3, 4, 5), sink.written);
  }

  @Test
  void rejectsNonsenseSizes() {
    Kept<Integer> sink = new Kept<>();
    assertThrows(IllegalArgumentException.class, () -> new OrderedPipeline<>(0, 1, 1, sink));
    assertThrows(IllegalArgumentException.class, () -> new OrderedPipeline<>(4, 2, 1, sink));
    assertThrows(IllegalArgumentException.class, () -> new OrderedPipeline<>(1, 1, 0, sink));
  }
}
