package org.sitrep.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.Token;

/**
 * Which sentences the dependency parser reads. Parsing costs more than everything else the NLP
 * stage does, and the extractors use dependencies only where an event or a speaker may be, so an
 * {@link Annotator} asks its selector about each sentence once it has parts of speech and lemmas,
 * and parses only those it accepts; the others get an empty dependency list. Implementations are
 * cheap and thread-safe.
 */
@FunctionalInterface
public interface ParseSelector {
  /** Parse every sentence. */
  ParseSelector ALL = tokens -> true;

  /** Parse no sentence. */
  ParseSelector NONE = tokens -> false;

  /**
   * Whether to parse the sentence of these tokens (words, lemmas, parts of speech and names set; no
   * dependencies yet).
   */
  boolean parse(List<Token> tokens);

  /** Accepts the sentences this selector or {@code other} accepts. */
  default ParseSelector or(ParseSelector other) {
    return tokens -> parse(tokens) || other.parse(tokens);
  }

  /**
   * Accepts a sentence with a token whose lemma or lower-case word is one of {@code anyPos}, or a
   * verb (a {@code VB*} tag) whose lemma is one of {@code verbs}. Both sets are lower case.
   */
  static ParseSelector lemmas(Set<String> anyPos, Set<String> verbs) {
    Set<String> words = Set.copyOf(anyPos);
    Set<String> verbLemmas = Set.copyOf(verbs);
    return tokens -> {
      for (Token t : tokens) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (words.contains(lemma)
            || t.isVerb() && verbLemmas.contains(lemma)
            || words.contains(t.word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    };
  }
}
