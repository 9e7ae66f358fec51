package org.sitrep.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * How alike two evidence texts are, from 0 to 1, with Lucene: each text is analysed by Lucene's
 * {@link EnglishAnalyzer} (stop words out, Porter stems) and held in a one-document {@link
 * MemoryIndex}; a text's terms, as a query, are scored by BM25 against the other text and against
 * itself, and the ratio is that direction's similarity. The result is the mean of both directions,
 * so it is symmetric and depends on the two texts alone (no collection statistics that would change
 * as articles arrive).
 */
public final class TextSimilarity {
  static final String FIELD = "evidence";

  /** BooleanQuery's default limit; longer texts keep their first terms. */
  private static final int MAX_TERMS = 1000;

  private final Analyzer analyzer = new EnglishAnalyzer();

  /** A text analysed once, to be compared with many others. */
  public final class Indexed {
    private final MemoryIndex index;
    private final Query query;
    private final float self;
    private final boolean empty;

    private Indexed(String text) {
      Set<String> terms = terms(text);
      empty = terms.isEmpty();
      index = new MemoryIndex();
      index.addField(FIELD, text == null ? "" : text, analyzer);
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      for (String t : terms) {
        b.add(new TermQuery(new Term(FIELD, t)), BooleanClause.Occur.SHOULD);
      }
      query = b.build();
      self = empty ? 0f : index.search(query);
    }

    private double towards(Indexed other) {
      if (empty || other.empty || self <= 0f) {
        return 0;
      }
      return Math.min(1.0, other.index.search(query) / self);
    }
  }

  /** Analyses and indexes one text. */
  public Indexed index(String text) {
    return new Indexed(text);
  }

  /** The similarity of two indexed texts, 0 (nothing shared) to 1 (the same terms). */
  public double similarity(Indexed a, Indexed b) {
    return (a.towards(b) + b.towards(a)) / 2;
  }

  /** The similarity of two texts. */
  public double similarity(String a, String b) {
    return similarity(index(a), index(b));
  }

  private Set<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    if (text == null || text.isBlank()) {
      return out;
    }
    try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken() && out.size() < MAX_TERMS) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
    return out;
  }
}
