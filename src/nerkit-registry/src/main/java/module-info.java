/**
 * Entities across documents: {@link org.nerkit.registry.EntityRegistry} links each document's
 * entities to canonical entities that outlive it.
 */
module org.nerkit.registry {
  requires transitive org.nerkit;
  requires org.nerkit.jsonl;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.text;
  requires org.apache.commons.codec;

  exports org.nerkit.registry;
}
