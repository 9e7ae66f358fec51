package org.sitrep.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.text.TokenIndex;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/** What one document offers every sentence of the event rules. */
final class EventContext {
  final AnnotatedDocument doc;
  final String text;
  final List<Token> tokens;
  final TokenIndex index;
  final List<Entity> entities;
  final List<Place> places;
  final List<TimeExpression> dates;
  final LocalDate published;
  final List<Span> paragraphs = new ArrayList<>();
  final Place focus;

  EventContext(
      AnnotatedDocument doc,
      List<Entity> entities,
      List<Place> places,
      List<TimeExpression> dates) {
    this.doc = doc;
    this.text = doc.text();
    this.tokens = doc.tokens();
    this.index = new TokenIndex(doc);
    this.entities = entities;
    this.places = places;
    this.dates = dates;
    this.published = doc.document().published();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i > start) {
          paragraphs.add(new Span(start, i));
        }
        start = i + 1;
      }
    }
    this.focus = focusOf(places);
  }

  private final java.util.Map<Integer, DependencyTree> trees = new java.util.HashMap<>();

  /** The dependency tree of a sentence of the document, built once. */
  DependencyTree tree(Sentence s) {
    return trees.computeIfAbsent(s.index(), k -> DependencyTree.of(s));
  }

  Span paragraphOf(int offset) {
    for (Span p : paragraphs) {
      if (p.start() <= offset && offset < p.end()) {
        return p;
      }
    }
    return new Span(0, text.length());
  }

  /**
   * The article's focus: the most mentioned literal place below country level when one is named at
   * least twice (things happen in towns: a report on Mariupol names Russia more often than the
   * city), else the most mentioned literal place; cities first on a tie.
   */
  private static Place focusOf(List<Place> places) {
    Comparator<Place> order =
        Comparator.<Place>comparingInt(p -> p.mentions().size())
            .thenComparing(p -> "city".equals(p.precision()) ? 1 : 0);
    Optional<Place> local =
        places.stream()
            .filter(p -> !p.metonymic() && !"country".equals(p.precision()))
            .filter(p -> p.mentions().size() >= 2)
            .max(order);
    return local.orElseGet(
        () -> places.stream().filter(p -> !p.metonymic()).max(order).orElse(null));
  }

  /** A word of the text in lower case. */
  record TokenAt(String lower, int start) {}

  /** The word just before {@code offset}, past white space; null when no letter stands there. */
  TokenAt tokenBefore(int offset) {
    int j = offset - 1;
    while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
      j--;
    }
    int e = j + 1;
    while (j >= 0 && Character.isLetter(text.charAt(j))) {
      j--;
    }
    return e > j + 1 ? new TokenAt(text.substring(j + 1, e).toLowerCase(Locale.ROOT), j + 1) : null;
  }
}
