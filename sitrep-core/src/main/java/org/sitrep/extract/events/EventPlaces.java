package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * The place of an event: chosen among the literal (never metonymic) places of its sentence, its
 * paragraph, the sentences before and the article's focus; and one event per place when a sentence
 * lists several ("the cities of A, B and C").
 */
final class EventPlaces {
  private EventPlaces() {}

  /** A place chosen for an event and how sure the rule that chose it is. */
  record Located(Place place, Mention mention, double confidence) {
    static final Located NONE = new Located(null, null, 0);
  }

  /**
   * Where an event happened: the best-placed place of its sentence (after a preposition of place,
   * near the trigger, its object), else the paragraph's last before it (not for statements, talks,
   * sanctions or aid), else one named in the two sentences before, else the article's focus.
   */
  static Located place(
      EventContext ctx,
      Sentence s,
      DependencyTree tree,
      TriggerLexicon lexicon,
      Hit h,
      Family family) {
    List<Located> inSentence = placesIn(ctx, s.span());
    inSentence.removeIf(l -> ofAnotherEvent(tree, lexicon, s, h, l.mention()));
    int trigger = ctx.tokens.get(h.first()).start();
    Located best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Located l : inSentence) {
      int score = 0;
      EventContext.TokenAt before = ctx.tokenBefore(l.mention().start());
      if (before != null && Phrases.PREPOSITIONS_OF_PLACE.contains(before.lower())) {
        score += 20;
      }
      if (before != null && before.lower().equals("from")) {
        score -= 15;
      }
      int distance = Math.abs(l.mention().start() - trigger);
      score -= distance / 20;
      if (l.mention().start() > trigger) {
        score += 3;
      }
      if ("country".equals(l.place().precision())) {
        score -= 8;
      }
      if (isObjectOfTrigger(ctx, h, l.mention())) {
        score += 25; // "besieged El Fasher", "recaptured Tayeeglow, a town in the region"
      }
      if (inLaterClause(ctx, h, l.mention())) {
        score -= 30; // "X has endured shelling as Moscow tries to link forces with troops in Y"
      }
      if (score > bestScore) {
        bestScore = score;
        best = l;
      }
    }
    if (best != null) {
      return new Located(best.place(), best.mention(), 0.9);
    }
    if (family.isStatement()
        || family == Family.SANCTION
        || family == Family.TALKS
        || family == Family.AID) {
      return Located.NONE;
    }
    Span para = ctx.paragraphOf(s.span().start());
    List<Located> inPara = placesIn(ctx, new Span(para.start(), s.span().start()));
    if (!inPara.isEmpty()) {
      Located l = inPara.get(inPara.size() - 1);
      return new Located(l.place(), l.mention(), 0.6);
    }
    // the story goes on where the last two sentences were ("… in the city of X. Police posed
    // with soldiers captured at a checkpoint."), before the article's overall focus
    int index = s.index();
    if (index > 0) {
      int from = ctx.doc.sentences().get(Math.max(0, index - 2)).span().start();
      for (Located l : reversed(placesIn(ctx, new Span(from, s.span().start())))) {
        if (!"country".equals(l.place().precision()) && l.place().confidence() >= 0.5) {
          return new Located(l.place(), l.mention(), 0.5);
        }
      }
    }
    if (ctx.focus != null) {
      return new Located(ctx.focus, null, 0.4);
    }
    return Located.NONE;
  }

  /**
   * Whether the tree hangs a place on a noun of another event (of another family, not under the
   * trigger) before it reaches the trigger or a clause: "the offensive restarted at a tempo not
   * seen even in the battles for the cities of A and B" (A and B are the battles' places, not the
   * offensive's).
   */
  static boolean ofAnotherEvent(
      DependencyTree tree, TriggerLexicon lexicon, Sentence s, Hit h, Mention m) {
    if (!tree.parsed()) {
      return false;
    }
    int x = -1;
    for (Token t : s.tokens()) {
      if (t.start() >= m.start() && t.end() <= m.end()) {
        x = t.index(); // the mention's last token: its head in English noun phrases
      }
    }
    for (int guard = 0; guard < 8 && x >= 0 && tree.contains(x); guard++) {
      if (h.covers(x)) {
        return false;
      }
      Token t = tree.token(x);
      if (t.isVerb()) {
        return false; // the place of a clause, which may be the trigger's own
      }
      Family other =
          t.isNoun() && (t.start() < m.start() || t.end() > m.end())
              ? lexicon.eventNounFamily(t.lemma().toLowerCase(Locale.ROOT))
              : null;
      if (other != null) {
        // a noun of another family names another event ("a protest against the killings in A"
        // is in A too, for the protest governs them); one of the trigger's own family does only
        // from another clause, not when the trigger hangs under it ("rallies across A to
        // protest") or shares its clause ("protesters staged rallies across A")
        int noun = x;
        return !above(tree, h::covers, x, 6)
            && (other != h.entry().family()
                || !above(tree, y -> y == noun, h.first(), 8)
                    && clauseOf(tree, x) != clauseOf(tree, h.first()));
      }
      x = tree.head(x);
    }
    return false;
  }

  /** The verb whose clause holds token {@code x}: its first verbal ancestor (or itself). */
  private static int clauseOf(DependencyTree tree, int x) {
    int y = x;
    for (int guard = 0; guard < 8 && y >= 0 && tree.contains(y); guard++) {
      if (tree.token(y).isVerb()) {
        return y;
      }
      y = tree.head(y);
    }
    return -1;
  }

  /** Whether one of the first {@code steps} ancestors of token {@code from} is {@code wanted}. */
  private static boolean above(DependencyTree tree, IntPredicate wanted, int from, int steps) {
    int y = tree.head(from);
    for (int guard = 0; guard < steps && y >= 0 && tree.contains(y); guard++) {
      if (wanted.test(y)) {
        return true;
      }
      y = tree.head(y);
    }
    return false;
  }

  private static final Set<String> SUBORDINATORS =
      Set.of("as", "while", "because", "although", "though", "whereas", "after", "before", "when");

  /** The place is named after the trigger, past a conjunction that opens another clause. */
  private static boolean inLaterClause(EventContext ctx, Hit h, Mention m) {
    if (m.start() < ctx.tokens.get(h.end() - 1).end()) {
      return false;
    }
    for (int j = h.end(); j < ctx.tokens.size() && ctx.tokens.get(j).start() < m.start(); j++) {
      Token t = ctx.tokens.get(j);
      if (SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT))
          && j + 1 < ctx.tokens.size()
          && !Set.of("well", "part", "much", "many", "long", "soon", "far", "a", "the")
              .contains(ctx.tokens.get(j + 1).word().toLowerCase(Locale.ROOT))
          && !ctx.tokens.get(j - 1).word().equalsIgnoreCase("such")) {
        return true; // not "as well as", "as part of", "such as", "after the attack"
      }
    }
    return false;
  }

  /** The place is named right after a verbal trigger, past at most a determiner or adjective. */
  private static boolean isObjectOfTrigger(EventContext ctx, Hit h, Mention m) {
    if (!ctx.tokens.get(h.first()).isVerb()) {
      return false;
    }
    for (int j = h.end(); j < Math.min(ctx.tokens.size(), h.end() + 3); j++) {
      Token t = ctx.tokens.get(j);
      if (t.start() >= m.start()) {
        return t.start() == m.start();
      }
      if (!(t.pos().equals("DT") || t.pos().startsWith("JJ"))) {
        return false;
      }
    }
    return false;
  }

  private static List<Located> reversed(List<Located> list) {
    List<Located> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  /**
   * Whether a mention is a nationality adjective ("the Russian planes", "a Syrian city") or part of
   * a word ("the Britain-based monitor", "U.S.-led strikes"): it names a party or qualifies a noun,
   * never where something happened, even when the place it stands for is named literally elsewhere
   * in the article.
   */
  private static boolean adjectival(EventContext ctx, Mention m) {
    int lo = ctx.index.before(m.start()) + 1; // the first token that starts at or after it
    String text = ctx.text;
    boolean hyphenAfter =
        m.end() + 1 < text.length()
            && text.charAt(m.end()) == '-'
            && Character.isLetter(text.charAt(m.end() + 1));
    if (hyphenAfter) {
      return true; // "Britain-based", "U.S.-led"
    }
    if (lo > 0 && ctx.tokens.get(lo - 1).end() > m.start()) {
      return true; // the mention begins inside a word
    }
    if (lo < ctx.tokens.size()
        && ctx.tokens.get(lo).start() < m.end()
        && ctx.tokens.get(lo).end() > m.end()) {
      return true; // the mention ends inside a word
    }
    boolean any = false;
    for (int i = lo; i < ctx.tokens.size() && ctx.tokens.get(i).end() <= m.end(); i++) {
      if (!ctx.tokens.get(i).pos().startsWith("JJ")) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /**
   * Whether a mention names a party, not a place: the subject of a verb of speech right after it
   * ("an attack the United States says killed 1,400", "Damascus said") unless a preposition puts it
   * in place ("residents in Aleppo said"), or a country that qualifies a title ("U.S. President
   * Barack Obama").
   */
  private static final SyntaxLexicon SPEECH = SyntaxLexicon.english();

  private static boolean party(EventContext ctx, Place p, Mention m) {
    int next = ctx.index.before(m.end()) + 1; // the first token that starts at or after its end
    if (next >= ctx.tokens.size()) {
      return false;
    }
    Token after = ctx.tokens.get(next);
    if ("country".equals(p.precision())) {
      int j = next;
      while (j < ctx.tokens.size()
          && j < next + 3
          && ctx.tokens.get(j).pos().matches("NNP?S?|JJ")
          && ctx.tokens.get(j).ner().equals("O")) {
        j++;
      }
      if (j > next && j < ctx.tokens.size() && ctx.tokens.get(j).ner().equals("PERSON")) {
        return true; // the title of the person named next
      }
    }
    if (!after.isVerb() || !SPEECH.is("speech", Phrases.lemma(after))) {
      return false;
    }
    int first = ctx.index.before(m.start()) + 1;
    int prev = first - 1;
    if (prev >= 0 && ctx.tokens.get(prev).word().equalsIgnoreCase("the")) {
      prev--;
    }
    return prev < 0 || !Set.of("IN", "TO").contains(ctx.tokens.get(prev).pos());
  }

  private static List<Located> placesIn(EventContext ctx, Span span) {
    List<Located> out = new ArrayList<>();
    for (Place p : ctx.places) {
      if (p.metonymic()) {
        continue;
      }
      for (Mention m : p.mentions()) {
        if (span.contains(m.span()) && !adjectival(ctx, m) && !party(ctx, p, m)) {
          out.add(new Located(p, m, 0.9));
        }
      }
    }
    out.sort(Comparator.comparingInt(l -> l.mention().start()));
    return out;
  }

  /**
   * What stands between two places of one list: a comma or a conjunction, and perhaps a word of
   * direction the place's name does not include ("Idlib and eastern Ghouta").
   */
  private static final Pattern LIST_JOINER =
      Pattern.compile(
          "(,|and|, and|or)( (northern|southern|eastern|western|central|rural|north|south|east"
              + "|west))?");

  /** "The cities of A, B and C were encircled": one event per place of a coordinated list. */
  static List<Event> splitByPlace(EventContext ctx, Sentence s, Event ev) {
    if (ev.place() == null || EventType.expect(ev.type()).family().isStatement()) {
      return List.of(ev);
    }
    List<Located> here = placesIn(ctx, s.span());
    Located chosen = null;
    for (Located l : here) {
      if (l.place().id().equals(ev.place())) {
        chosen = l;
        break;
      }
    }
    if (chosen == null) {
      return List.of(ev);
    }
    List<Event> out = new ArrayList<>();
    out.add(ev);
    Set<String> ids = new HashSet<>();
    ids.add(ev.place());
    int idx = here.indexOf(chosen);
    for (int dir = -1; dir <= 1; dir += 2) {
      int i = idx;
      while (true) {
        int next = i + dir;
        if (next < 0 || next >= here.size()) {
          break;
        }
        Located a = dir < 0 ? here.get(next) : here.get(i);
        Located b = dir < 0 ? here.get(i) : here.get(next);
        String between =
            ctx.text
                .substring(a.mention().end(), Math.max(a.mention().end(), b.mention().start()))
                .trim()
                .toLowerCase(Locale.ROOT); // "A, B AND C" in wire copy written in capitals
        if (!LIST_JOINER.matcher(between).matches()) {
          break;
        }
        if (between.startsWith(",")
            && !between.contains("and")
            && qualifies(a.place(), b.place())) {
          break; // "Minneapolis, Minnesota": a town and the region it lies in are one place
        }
        Located add = here.get(next);
        if (ids.add(add.place().id()) && !"country".equals(add.place().precision())) {
          out.add(ev.withId(null).withPlace(add.place().id()));
        }
        i = next;
      }
    }
    return out;
  }

  /** Whether a place written after a town only says where the town lies ("Town, Region"). */
  private static boolean qualifies(Place town, Place region) {
    boolean broader =
        "admin1".equals(region.precision())
            || "region".equals(region.precision())
            || "country".equals(region.precision());
    boolean sameNameAsRegion =
        town.admin1() != null
            && region.name() != null
            && town.admin1()
                .toLowerCase(Locale.ROOT)
                .contains(region.name().toLowerCase(Locale.ROOT));
    return (broader || sameNameAsRegion)
        && !"country".equals(town.precision())
        && region.country() != null
        && region.country().equals(town.country());
  }
}
