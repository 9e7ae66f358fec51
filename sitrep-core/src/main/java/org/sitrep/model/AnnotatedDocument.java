package org.sitrep.model;

import java.util.List;

/** A cleaned document with the NLP stage's sentences, tokens and name mentions. */
public record AnnotatedDocument(
    CleanDocument document, List<Sentence> sentences, List<NameMention> names) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
  }

  public String text() {
    return document.text();
  }

  /** All tokens of the document, in order; {@code tokens().get(i).index() == i}. */
  public List<Token> tokens() {
    return sentences.stream().flatMap(s -> s.tokens().stream()).toList();
  }

  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
  }
}
