package org.sitrep.model;

/**
 * A named-entity mention found by the NLP stage: a run of tokens with one label.
 *
 * @param label {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION} or {@code MISC}
 * @param span character span in the document text
 * @param firstToken document-wide index of its first token
 * @param lastToken document-wide index of its last token (inclusive)
 * @param text the mention text
 */
public record NameMention(String label, Span span, int firstToken, int lastToken, String text) {}
