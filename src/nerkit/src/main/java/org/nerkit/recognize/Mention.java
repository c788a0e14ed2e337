package org.nerkit.recognize;

/**
 * A span the recognizer labelled, before normalization: its label as the model knows it
 * (OntoNotes names: {@code PERSON}, {@code ORG}, {@code GPE}, {@code LOC}, {@code NORP},
 * {@code DATE}), character offsets into the document, and the model's probability.
 */
public record Mention(String label, int start, int end, double probability) {}
