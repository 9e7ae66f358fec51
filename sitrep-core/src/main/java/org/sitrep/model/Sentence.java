package org.sitrep.model;

import java.util.List;

/**
 * One sentence: its span, its tokens (document-wide indexes) and, when the NLP stage parsed it, its
 * dependencies.
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public int firstToken() {
    return tokens.isEmpty() ? -1 : tokens.get(0).index();
  }

  public int lastToken() {
    return tokens.isEmpty() ? -1 : tokens.get(tokens.size() - 1).index();
  }
}
