/**
 * nerkit's JSON Lines format: documents in ({@code {"id", "text", "referenceDate"}}), one record per
 * document out, error records in place of what could not be read. See
 * {@link org.nerkit.jsonl.JsonLines}.
 */
module org.nerkit.jsonl {
  requires transitive org.nerkit;
  requires transitive com.fasterxml.jackson.databind;

  exports org.nerkit.jsonl;
}
