package org.nerkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

  @Test
  void resultsComeOutInSubmissionOrderWithBoundedWork() throws Exception {
    List<Integer> written = new ArrayList<>();
    AtomicInteger pending = new AtomicInteger();
    int[] mostPending = {0};
    try (OrderedWorkers<Integer> workers = new OrderedWorkers<>(3, 6, result -> {
      written.add(result);
      pending.decrementAndGet();
    })) {
      for (int k = 0; k < 200; k++) {
        int n = k;
        mostPending[0] = Math.max(mostPending[0], pending.incrementAndGet());
        workers.submit(() -> {
          Thread.sleep((n * 7919) % 5); // later tasks often finish first
          return n;
        });
      }
      workers.finish();
    }
    List<Integer> expected = new ArrayList<>();
    for (int k = 0; k < 200; k++) {
      expected.add(k);
    }
    assertEquals(expected, written);
    assertTrue(mostPending[0] <= 7, "at most maxInFlight queued plus the one being submitted, saw " + mostPending[0]);
  }

  @Test
  void oneThreadRunsOnTheCaller() throws Exception {
    List<String> threads = new ArrayList<>();
    try (OrderedWorkers<String> workers = new OrderedWorkers<>(1, 4, threads::add)) {
      workers.submit(() -> Thread.currentThread().getName());
      workers.finish();
    }
    assertEquals(List.of(Thread.currentThread().getName()), threads);
  }

  @Test
  void errorsInTasksReachTheCaller() {
    OutOfMemoryError error = assertThrows(OutOfMemoryError.class, () -> {
      try (OrderedWorkers<Integer> workers = new OrderedWorkers<>(2, 2, result -> { })) {
        workers.submit(() -> {
          throw new OutOfMemoryError("simulated");
        });
        workers.finish();
      }
    });
    assertEquals("simulated", error.getMessage());
  }

  @Test
  void rejectsNonsenseSizes() {
    assertThrows(IllegalArgumentException.class, () -> new OrderedWorkers<Integer>(0, 1, r -> { }));
    assertThrows(IllegalArgumentException.class, () -> new OrderedWorkers<Integer>(4, 2, r -> { }));
  }
}
