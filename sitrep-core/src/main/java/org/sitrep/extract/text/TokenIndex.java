package org.sitrep.extract.text;

import java.util.List;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/** Looks up tokens and sentences of a document by character offset. */
public final class TokenIndex {
  final List<Token> tokens;
  public final List<Sentence> sentences;
  private final int[] starts;
  private final int[] sentenceOf;

  public TokenIndex(AnnotatedDocument doc) {
    this.tokens = doc.tokens();
    this.sentences = doc.sentences();
    this.starts = new int[tokens.size()];
    this.sentenceOf = new int[tokens.size()];
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        starts[t.index()] = t.start();
        sentenceOf[t.index()] = s.index();
      }
    }
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Index of the first token that ends after {@code offset} (the token at or after it). */
  public int atOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index of the last token that starts before {@code offset}, or -1. */
  public int before(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  public Sentence sentenceOfToken(int tokenIndex) {
    return sentences.get(sentenceOf[tokenIndex]);
  }

  public int sentenceIndex(int tokenIndex) {
    return sentenceOf[tokenIndex];
  }
}
