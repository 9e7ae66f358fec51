package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;

/**
 * The date of an event: the sentence's temporal expression nearest the trigger (not one that dates
 * another clause), else the last of the sentence before it in its paragraph, else the publication
 * date at week precision; and what makes a date background or history rather than news.
 */
final class EventDates {
  private static final SyntaxLexicon LEX = SyntaxLexicon.english();

  /** Events dated further back than this before publication are background. */
  static final int BACKGROUND_DAYS = 60;

  private EventDates() {}

  /**
   * "marking Tuesday's International Women's Day": a possessive date belongs to the noun it
   * modifies; it dates the event only when that noun is the trigger ("Friday's massacre").
   */
  static boolean datesAnotherNoun(EventContext ctx, Hit h, TimeExpression t) {
    String text = ctx.text;
    int end = t.span().end();
    boolean possessive =
        text.regionMatches(true, end, "'s", 0, 2) || text.regionMatches(true, end, "’s", 0, 2);
    if (!possessive) {
      return false;
    }
    int triggerStart = ctx.tokens.get(h.first()).start();
    if (triggerStart < end) {
      return true;
    }
    int between = 0; // "’s", then at most two modifiers: "Friday's deadly massacre"
    for (int i = h.first() - 1; i >= 0 && ctx.tokens.get(i).start() >= end; i--) {
      between++;
    }
    return between > 3;
  }

  /**
   * The date of the event a hit reports: the sentence's expression nearest the trigger, else the
   * last of the sentence before in its paragraph, else the publication date at week precision (null
   * without one).
   */
  static EventDate date(EventContext ctx, Sentence s, Hit h) {
    TimeExpression best = inSentence(ctx, s, h);
    if (best != null) {
      return sinceOrOn(ctx, best);
    }
    Span para = ctx.paragraphOf(s.span().start());
    int from = Math.max(para.start(), carryStart(ctx, s));
    for (TimeExpression t : ctx.dates) {
      if (t.start() != null
          && from <= t.span().start()
          && t.span().end() <= s.span().start()
          && !startsPeriod(ctx, ctx.tree(sentenceBefore(ctx, s)), t)) {
        best = t;
      }
    }
    if (best != null && !(presentTense(ctx, h) && isBackground(ctx, best.toEventDate()))) {
      return best.toEventDate(); // not "“like Spain in 1936”, … as forces besiege the city"
    }
    if (ctx.published == null) {
      return null;
    }
    return new EventDate(ctx.published, ctx.published, DatePrecision.WEEK, null);
  }

  /** Whether the trigger is a verb in the present tense ("besiege", "shells"): it reports now. */
  private static boolean presentTense(EventContext ctx, Hit h) {
    String pos = ctx.tokens.get(h.first()).pos();
    return pos.equals("VBP") || pos.equals("VBZ");
  }

  /** The sentence before {@code s} (or {@code s} itself when it is the first). */
  private static Sentence sentenceBefore(EventContext ctx, Sentence s) {
    List<Sentence> all = ctx.doc.sentences();
    int i = s.index() - 1;
    return i >= 0 && i < all.size() ? all.get(i) : s;
  }

  /** Relations that make a word the head of a clause: a period's scope ends there. */
  private static final Set<String> CLAUSE_HEADS =
      Set.of("", "root", "advcl", "acl", "ccomp", "xcomp", "csubj", "parataxis");

  /**
   * Whether a date marks where a period begins: "since 2012", "the widest offensive since the
   * insurgents took over the east in the summer of 2012". Read from the tree (a {@code
   * period-start} case or mark on the date or on the clause it dates); without a parse, from the
   * word before it. Such a date dates no act the next sentence reports.
   */
  static boolean startsPeriod(EventContext ctx, DependencyTree tree, TimeExpression t) {
    EventContext.TokenAt prev = wordBefore(ctx, t);
    if (prev != null && LEX.is("period-start", prev.lower())) {
      return true;
    }
    if (!tree.parsed()) {
      return false;
    }
    int x = phraseHead(tree, t.span());
    for (int steps = 0; x >= 0 && steps < MAX_CLIMB; steps++) {
      for (String rel : List.of("case", "mark")) {
        for (int d : tree.dependents(x, rel)) {
          if (LEX.is("period-start", tree.lemma(d))) {
            return true;
          }
        }
      }
      if (CLAUSE_HEADS.contains(tree.baseRelation(x))) {
        return false;
      }
      x = tree.head(x);
    }
    return false;
  }

  /** How far up from a date the climb to its clause goes. */
  private static final int MAX_CLIMB = 8;

  /** The token of a character span whose head lies outside it, or -1. */
  private static int phraseHead(DependencyTree tree, Span span) {
    int first = -1;
    int end = -1;
    for (Token tok : tree.sentence().tokens()) {
      if (span.start() <= tok.start() && tok.end() <= span.end()) {
        first = first < 0 ? tok.index() : first;
        end = tok.index() + 1;
      }
    }
    return first < 0 ? -1 : tree.headOf(first, end);
  }

  /** The word before a temporal expression, past a "the" ("since the summer of 2023"). */
  private static EventContext.TokenAt wordBefore(EventContext ctx, TimeExpression t) {
    EventContext.TokenAt before = ctx.tokenBefore(t.span().start());
    return before != null && before.lower().equals("the")
        ? ctx.tokenBefore(before.start())
        : before;
  }

  /** How many sentences before an event's own a date still carries over to it (the one before). */
  static final int CARRY_SENTENCES = 1;

  /**
   * The start of the sentences whose dates carry over to sentence {@code s}: its paragraph, but no
   * further back than {@link #CARRY_SENTENCES} sentences (a text without paragraph breaks is one
   * long paragraph; "last year" early in it dates nothing at its end).
   */
  private static int carryStart(EventContext ctx, Sentence s) {
    List<Sentence> all = ctx.doc.sentences();
    int i = s.index() - CARRY_SENTENCES;
    return i <= 0 || i >= all.size() ? 0 : all.get(i).span().start();
  }

  /**
   * "X met Y on Saturday and new talks were declared for Sunday": a date after the trigger, past a
   * coordinating "and"/"but" some words on, dates the other clause, not this event. Unless the tree
   * hangs the date in a clause of simultaneity ({@code same-time}: "when", "while") that the
   * trigger's clause governs: "four died and many suffered when gas was dropped on Wednesday" dates
   * the whole coordination.
   */
  private static boolean inOtherClause(EventContext ctx, Sentence s, Hit h, TimeExpression t) {
    return coordinatedAfter(ctx, h, t) && !inSameTimeClause(ctx.tree(s), h, t);
  }

  /**
   * Whether, climbing from the date to the trigger's clause, the tree passes an adverbial clause
   * marked by a {@code same-time} word.
   */
  private static boolean inSameTimeClause(DependencyTree tree, Hit h, TimeExpression t) {
    if (!tree.parsed()) {
      return false;
    }
    boolean sameTime = false;
    int x = phraseHead(tree, t.span());
    for (int steps = 0; x >= 0 && steps < MAX_CLIMB; steps++) {
      if (h.covers(x) || tree.dominates(x, h.first())) {
        return sameTime;
      }
      if (tree.baseRelation(x).equals("advcl")) {
        for (String rel : List.of("mark", "advmod")) {
          for (int d : tree.dependents(x, rel)) {
            sameTime |= LEX.is("same-time", tree.lemma(d));
          }
        }
      }
      x = tree.head(x);
    }
    return false;
  }

  /** A coordinating "and"/"but" (not one that joins two nouns) six words or more on. */
  private static boolean coordinatedAfter(EventContext ctx, Hit h, TimeExpression t) {
    int from = h.end();
    int words = 0;
    boolean coordination = false;
    for (int i = from; i < ctx.tokens.size() && ctx.tokens.get(i).start() < t.span().start(); i++) {
      String w = ctx.tokens.get(i).word().toLowerCase(Locale.ROOT);
      boolean joinsNouns =
          i > 0
              && i + 1 < ctx.tokens.size()
              && ctx.tokens.get(i - 1).isNoun()
              && ctx.tokens.get(i + 1).isNoun();
      coordination |= (w.equals("and") || w.equals("but")) && !joinsNouns || w.equals(";");
      words++;
    }
    return coordination && words >= 6;
  }

  /**
   * The date a temporal expression gives an event; "since June" runs from June up to the
   * publication date.
   */
  private static EventDate sinceOrOn(EventContext ctx, TimeExpression t) {
    EventDate d = t.toEventDate();
    EventContext.TokenAt before = wordBefore(ctx, t);
    if (before == null
        || !LEX.is("period-start", before.lower())
        || ctx.published == null
        || d.start() == null
        || d.start().isAfter(ctx.published)) {
      return d;
    }
    return new EventDate(d.start(), ctx.published, d.precision(), "since " + d.text());
  }

  /**
   * Whether the sentence dates an alleged act itself: a time expression of the sentence hangs in
   * the tree under the act's trigger {@code head}, or directly on the alleging word {@code
   * alleging} above it (-1: none) ("accused rebels of using chemical arms on Saturday"). A date of
   * another clause ("sanctions imposed last week on commanders it accused of directing attacks")
   * dates no alleged act.
   */
  static boolean datesAllegedAct(
      EventContext ctx, Sentence s, DependencyTree tree, int head, int alleging) {
    if (!tree.parsed() || !tree.contains(head)) {
      return false;
    }
    for (TimeExpression t : ctx.dates) {
      if (!s.span().contains(t.span()) || t.start() == null) {
        continue;
      }
      for (Token x : s.tokens()) {
        if (x.start() < t.span().start() || x.end() > t.span().end() || !tree.contains(x.index())) {
          continue;
        }
        int up = tree.head(x.index());
        boolean outside =
            up < 0 || !t.span().contains(new Span(tree.token(up).start(), tree.token(up).end()));
        if (outside && (tree.dominates(head, x.index()) || alleging >= 0 && up == alleging)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The time expression of the trigger's own sentence that dates it (the nearest one not in another
   * clause nor dating another noun), or null when the sentence gives it no date.
   */
  static TimeExpression inSentence(EventContext ctx, Sentence s, Hit h) {
    int trigger = ctx.tokens.get(h.first()).start();
    TimeExpression best = null;
    for (TimeExpression t : ctx.dates) {
      if (s.span().contains(t.span())
          && t.start() != null
          && !inOtherClause(ctx, s, h, t)
          && !datesAnotherNoun(ctx, h, t)) {
        if (best == null
            || Math.abs(t.span().start() - trigger) < Math.abs(best.span().start() - trigger)) {
          best = t;
        }
      }
    }
    return best;
  }

  /**
   * A day in the week after publication read from a sentence with no sign of the future ("Friday's
   * massacre", "buried the dead on Wednesday") is the day of the week before.
   */
  static EventDate pastIfNotFuture(EventContext ctx, Sentence s, EventDate date) {
    if (date == null
        || ctx.published == null
        || date.text() == null
        || date.start() == null
        || date.precision() != DatePrecision.DAY
        || !date.start().isAfter(ctx.published)
        || date.start().isAfter(ctx.published.plusDays(7))) {
      return date;
    }
    String expression = date.text().toLowerCase(Locale.ROOT);
    if (expression.chars().anyMatch(Character::isDigit)) {
      return date; // a calendar date ("April 19, 1995", "5 March") names its own day
    }
    if (expression.startsWith("for ")
        || expression.startsWith("next ")
        || expression.startsWith("by ")
        || expression.startsWith("until ")) {
      return date; // "declared for Sunday": the expression itself looks ahead
    }
    for (Token t : s.tokens()) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD")
          || Phrases.FUTURE.contains(w)
          || Phrases.PLANNED.contains(lemma(t))) {
        return date;
      }
    }
    return new EventDate(
        date.start().minusDays(7), date.end().minusDays(7), date.precision(), date.text());
  }

  /**
   * Background and history: an event dated more than two months before publication, or only to a
   * year that ended before it ("last year", "in 2019"). A month ("in June", "since April") is still
   * news: sieges and displacement that began then go on.
   */
  static boolean isBackground(EventContext ctx, EventDate date) {
    if (date == null || ctx.published == null || date.end() == null) {
      return false;
    }
    if (date.text() != null && date.text().toLowerCase(Locale.ROOT).startsWith("since")) {
      return false; // "displaced since June": it runs up to the report
    }
    LocalDate cutoff = ctx.published.minusDays(BACKGROUND_DAYS);
    if (date.end().isBefore(cutoff)) {
      return true;
    }
    return date.text() != null
        && date.precision() == DatePrecision.YEAR
        && date.end().isBefore(ctx.published);
  }

  /** A sentence about history: "in the 19th century", "decades ago", "years ago". */
  static boolean isHistory(Sentence s) {
    List<Token> toks = s.tokens();
    for (int k = 0; k < toks.size(); k++) {
      String w = toks.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("century") || w.equals("centuries")) {
        return true;
      }
      if ((w.equals("decades") || w.equals("years"))
          && k + 1 < toks.size()
          && toks.get(k + 1).word().equalsIgnoreCase("ago")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the sentence holds a temporal expression of its own. */
  static boolean hasOwnDate(EventContext ctx, Sentence s) {
    for (TimeExpression t : ctx.dates) {
      if (s.span().contains(t.span()) && t.start() != null) {
        return true;
      }
    }
    return false;
  }
}
