package org.nerkit.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SpanIndexTest {
  record Span(int start, int end) {}

  @Property(tries = 300, seed = "20261123")
  void findsExactlyTheOverlappingSpans(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 200) Integer> starts,
      @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 60) Integer> lengths,
      @ForAll @IntRange(min = 0, max = 260) int queryStart, @ForAll @IntRange(min = 1, max = 80) int queryLength) {
    List<Span> spans = new ArrayList<>();
    for (int k = 0; k < Math.min(starts.size(), lengths.size()); k++) {
      spans.add(new Span(starts.get(k), starts.get(k) + lengths.get(k)));
    }
    int queryEnd = queryStart + queryLength;
    List<Span> expected = spans.stream().filter(s -> s.start() < queryEnd && queryStart < s.end())
        .sorted(java.util.Comparator.comparingInt(Span::start)).toList();
    List<Span> found = new SpanIndex<>(spans, Span::start, Span::end).overlapping(queryStart, queryEnd, Span::end);
    assertEquals(expected.size(), found.size());
    assertEquals(new java.util.HashSet<>(expected), new java.util.HashSet<>(found));
  }
}
