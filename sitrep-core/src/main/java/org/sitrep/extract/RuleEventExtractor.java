package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.Token;
import org.sitrep.taxonomy.ActorCategory;
import org.sitrep.taxonomy.CountKind;
import org.sitrep.taxonomy.EventStatus;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * The extract-events stage: finds event triggers sentence by sentence over lemmas and parts of
 * speech ({@code triggers.tsv}: verbs active and passive, nouns, multi-word phrases), and reads
 * each event's actor and target (subject, object, passive agent, possessive, nationality
 * adjective), counts ({@link CountFinder}), status and source, place (sentence, else paragraph,
 * else the article's focus; never a metonymic mention) and date (sentence, else paragraph, else the
 * publication date at week precision). Emits one event per trigger; {@code org.sitrep.fuse} merges
 * them afterwards. Works without dependencies: the shallow patterns cost nothing at run time (see
 * README, "Events"). Thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {
  /** Events dated further back than this before publication are background. */
  static final int BACKGROUND_DAYS = 60;

  private final TriggerLexicon lexicon;

  public RuleEventExtractor() {
    this.lexicon = TriggerLexicon.load();
  }

  @Override
  public List<Event> extract(
      AnnotatedDocument doc,
      List<Entity> entities,
      List<Place> places,
      List<TimeExpression> dates) {
    Context ctx = new Context(doc, entities, places, dates);
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.addAll(sentence(ctx, s));
    }
    List<Event> numbered = new ArrayList<>();
    int n = 1;
    for (Event e : out) {
      numbered.add(withId(e, "v" + n++));
    }
    return numbered;
  }

  static Event withId(Event e, String id) {
    return new Event(
        id,
        e.type(),
        e.status(),
        e.date(),
        e.place(),
        e.actors(),
        e.targets(),
        e.counts(),
        e.source(),
        e.evidence(),
        e.confidence());
  }

  // ---------------------------------------------------------------- context

  /** What one document offers every sentence. */
  static final class Context {
    final AnnotatedDocument doc;
    final String text;
    final List<Token> tokens;
    final List<Entity> entities;
    final List<Place> places;
    final List<TimeExpression> dates;
    final LocalDate published;
    final List<Span> paragraphs = new ArrayList<>();
    final Place focus;

    Context(
        AnnotatedDocument doc,
        List<Entity> entities,
        List<Place> places,
        List<TimeExpression> dates) {
      this.doc = doc;
      this.text = doc.text();
      this.tokens = doc.tokens();
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

    Span paragraphOf(int offset) {
      for (Span p : paragraphs) {
        if (p.start() <= offset && offset < p.end()) {
          return p;
        }
      }
      return new Span(0, text.length());
    }

    /**
     * The article's focus: the most mentioned literal place below country level when one is named
     * at least twice (things happen in towns: a report on Mariupol names Russia more often than the
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
  }

  // ---------------------------------------------------------------- detection

  /** A trigger found in a sentence: tokens {@code [first, end)} as document indexes. */
  record Hit(TriggerLexicon.Entry entry, int first, int end) {}

  private List<Event> sentence(Context ctx, Sentence s) {
    List<Token> toks = s.tokens();
    if (toks.isEmpty()) {
      return List.of();
    }
    Set<String> lemmas = new HashSet<>();
    for (Token t : toks) {
      lemmas.add(lemma(t));
      String w = t.word().toLowerCase(Locale.ROOT);
      lemmas.add(w);
      if (t.pos().startsWith("NNP") && w.length() > 3 && w.endsWith("s")) {
        lemmas.add(w.substring(0, w.length() - 1)); // "Rockets hit…": capitalised, not lemmatised
      }
    }
    List<Hit> hits = new ArrayList<>();
    int base = toks.get(0).index();
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      List<TriggerLexicon.Entry> candidates = new ArrayList<>(lexicon.startingWith(lemma(t)));
      String lw = t.word().toLowerCase(Locale.ROOT);
      if (!lw.equals(lemma(t))) {
        candidates.addAll(lexicon.startingWith(lw));
      }
      if (t.pos().equals("JJ") && lw.endsWith("ed") && lw.equals(lemma(t))) {
        // a participle the tagger read as an adjective keeps its form as lemma: "“liberated”"
        candidates.addAll(lexicon.startingWith(lw.substring(0, lw.length() - 1)));
        candidates.addAll(lexicon.startingWith(lw.substring(0, lw.length() - 2)));
      }
      for (TriggerLexicon.Entry e : candidates) {
        int end = match(toks, k, e);
        if (end < 0 || !posOk(t, e.pos())) {
          continue;
        }
        if (e.weak() && e.pos() == 'V' && !t.pos().startsWith("VB")) {
          continue;
        }
        if (e.pos() == 'V'
            && t.pos().equals("VBG")
            && k > 0
            && (Phrases.set("NNP", "NNPS", "PRP$", "POS").contains(toks.get(k - 1).pos())
                || Phrases.set("the", "a", "an", "this", "that", "these", "those")
                    .contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT)))) {
          continue; // a gerund after a determiner or a name is a noun: "the Rafah crossing"
        }
        if ((e.pos() == 'N' || e.pos() == '*' && t.pos().startsWith("NN"))
            && e.lemmas().size() == 1
            && end < toks.size()
            && toks.get(end).pos().startsWith("NN")
            && !e.type().equals("SANCTION")) {
          continue; // a modifier: "refugee camp", "meeting points", "riot gear", "protest camps"
        }
        if (e.pos() == 'V'
            && t.pos().equals("VB")
            && k > 0
            && toks.get(k - 1).word().equalsIgnoreCase("to")
            && !e.statement()
            && !isPlannedTo(toks, k - 1)) {
          continue; // an intention, not an occurrence: "threats to strike"
        }
        if (isShootingMedia(toks, end, e) || isIdiom(toks, k, end, e)) {
          continue;
        }
        if (!e.needs().isEmpty() && e.needs().stream().noneMatch(lemmas::contains)) {
          continue;
        }
        if (!e.near().isEmpty() && !near(toks, end, e.near())) {
          continue;
        }
        hits.add(new Hit(e, base + k, base + end));
        break;
      }
    }
    hits = dropOverlapped(hits);
    boolean territoryOrDetention =
        hits.stream()
            .anyMatch(
                h ->
                    h.entry().type().startsWith("TERRITORY.REPELLED")
                        || h.entry().type().equals("DETENTION") && !h.entry().weak());
    if (territoryOrDetention) {
      hits.removeIf(
          h ->
              h.entry().type().equals("ATTACK")
                  && (h.entry().pos() == 'N' || h.entry().lemmas().get(0).equals("raid")));
    }
    if (hits.stream().anyMatch(h -> h.entry().type().equals("PROTEST"))) {
      // "hundreds rallied to demand…": the protesters' demand is the protest's, not an appeal
      hits.removeIf(h -> h.entry().type().equals("APPEAL"));
    }
    Counts counts = CountFinder.find(toks, ctx.text);
    Hit escaped = escapeHit(toks, counts, hits, base);
    if (escaped != null) {
      hits.add(escaped);
    }
    boolean strongViolence =
        hits.stream().anyMatch(h -> !h.entry().weak() && isViolent(h.entry().type()));
    List<Event> events = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Hit h : hits) {
      TriggerLexicon.Entry e = h.entry();
      if (e.weak() && (strongViolence || seen.contains("weak"))) {
        continue;
      }
      if (e.weak()
          && e.type().startsWith("ATTACK")
          && Phrases.MISHAPS.stream().anyMatch(lemmas::contains)) {
        continue; // deaths from a flood, a quake or a crash: no attack
      }
      String type = resolveType(ctx, s, h, lemmas);
      if (type == null) {
        continue;
      }
      if (e.weak()) {
        seen.add("weak");
      }
      Event ev;
      if (events.stream().anyMatch(x -> x.type().equals(type) && isReal(x))) {
        // a second trigger of a type in one sentence is another event only when it has a day
        // of its own: "X met Y on Saturday and new talks were declared for Sunday"
        ev = build(ctx, s, h, type, lemmas, !counts.found().isEmpty());
        if (ev == null || !hasOwnDay(ev, events, type) || !coordinated(toks, hits, h, base)) {
          continue;
        }
      } else {
        ev = build(ctx, s, h, type, lemmas, !counts.found().isEmpty());
      }
      if (ev != null && h == escaped) {
        // the people who got out are the evacuees, not whoever evacuated them
        ev =
            new Event(
                ev.id(),
                ev.type(),
                ev.status(),
                ev.date(),
                ev.place(),
                List.of(),
                ev.targets(),
                ev.counts(),
                ev.source(),
                ev.evidence(),
                ev.confidence());
      }
      if (ev != null) {
        events.addAll(splitByPlace(ctx, s, h, ev));
      }
    }
    if (isCumulative(toks)) {
      // "more than 300,000 people have been killed since the war began": a war's running toll
      // is no event's figure
      counts =
          new Counts(
              counts.found().stream()
                  .filter(f -> f.kind() != CountKind.KILLED && f.kind() != CountKind.INJURED)
                  .toList());
    }
    return attachCounts(events, counts);
  }

  /**
   * Reported as real: not a hypothetical or negated action ("asked Congress to approve strikes").
   */
  private static boolean isReal(Event e) {
    return !e.status().equals(EventStatus.HYPOTHETICAL.label())
        && !e.status().equals(EventStatus.DENIED.label());
  }

  /** Whether {@code ev} is dated by an expression of its own, to a day no event of its type has. */
  private static boolean hasOwnDay(Event ev, List<Event> earlier, String type) {
    if (ev.date() == null || ev.date().text() == null || ev.date().start() == null) {
      return false;
    }
    if (earlier.stream().noneMatch(e -> e.type().equals(type))) {
      return false; // the first one was no event ("do not include the release"): nor is this
    }
    for (Event e : earlier) {
      if (e.type().equals(type) && e.date() != null && ev.date().start().equals(e.date().start())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a clause-joining "and", "but" or ";" stands between an earlier hit and {@code h}. */
  private static boolean coordinated(List<Token> toks, List<Hit> hits, Hit h, int base) {
    for (Hit o : hits) {
      if (o == h || o.end() > h.first() || !o.entry().type().equals(h.entry().type())) {
        continue;
      }
      for (int i = o.end() - base; i < h.first() - base; i++) {
        String w = toks.get(i).word().toLowerCase(Locale.ROOT);
        if (w.equals("and") || w.equals("but") || w.equals(";")) {
          return true;
        }
      }
    }
    return false;
  }

  private static final TriggerLexicon.Entry ESCAPE =
      new TriggerLexicon.Entry(
          List.of("manage"), 'V', "EVACUATION", false, false, false, Set.of(), Set.of());

  private static final Set<String> GOT_OUT = Set.of("out", "leave", "escape", "flee", "evacuate");

  private static final Set<String> CUSTODY =
      Set.of("prison", "jail", "prisoner", "inmate", "custody", "cell", "captor", "kidnapper");

  /**
   * "Just 400 managed to get out", "only 300 were able to leave": a figure of people who got out
   * ({@link CountFinder} reads it as evacuated) reports an evacuation though no evacuation word
   * names it. Nothing when the sentence already has an evacuation or displacement trigger, or
   * speaks of custody (an escape from prison is no evacuation).
   */
  static Hit escapeHit(List<Token> toks, Counts counts, List<Hit> hits, int base) {
    if (counts.found().stream().noneMatch(f -> f.kind() == CountKind.EVACUATED)
        || hits.stream()
            .anyMatch(
                h ->
                    h.entry().type().startsWith("EVACUATION")
                        || h.entry().type().startsWith("DISPLACEMENT"))) {
      return null;
    }
    for (Token t : toks) {
      if (CUSTODY.contains(lemma(t))) {
        return null;
      }
    }
    for (int k = 0; k < toks.size(); k++) {
      String l = lemma(toks.get(k));
      if (!l.equals("manage") && !l.equals("able")) {
        continue;
      }
      for (int m = k + 1; m < Math.min(toks.size(), k + 4); m++) {
        if (GOT_OUT.contains(lemma(toks.get(m)))) {
          return new Hit(ESCAPE, base + k, base + m + 1);
        }
      }
    }
    return null;
  }

  /**
   * Senses of a trigger word that report no event: "in protest" (a manner: "cancelled the visit in
   * protest"), "struck down" a law, "verbal"/"personal"/"heart"/"cyber" attacks, "attack ads".
   */
  private static boolean isIdiom(List<Token> toks, int k, int end, TriggerLexicon.Entry e) {
    String first = e.lemmas().get(0);
    String prev = k > 0 ? toks.get(k - 1).word().toLowerCase(Locale.ROOT) : "";
    String next = end < toks.size() ? toks.get(end).word().toLowerCase(Locale.ROOT) : "";
    if (e.type().equals("PROTEST") && first.equals("protest") && prev.equals("in")) {
      return true;
    }
    if (first.equals("strike") && next.equals("down")) {
      return true;
    }
    if (k > 0
            && toks.get(k - 1).end() == toks.get(k).start()
            && toks.get(k - 1).word().endsWith("-")
        || k > 1
            && toks.get(k - 1).word().equals("-")
            && toks.get(k - 2).end() == toks.get(k - 1).start()) {
      return true; // the second half of a compound: "life-threatening", "anti-protest"
    }
    if (e.type().equals("PROTEST")
        && e.pos() != 'N'
        && toks.get(k).pos().startsWith("VB")
        && Phrases.set("demonstrate", "rally", "march", "gather").contains(first)
        && (next.equals("that")
            || afterAdverbs(toks, end) < toks.size()
                && Phrases.set("DT", "PRP$", "PRP", "WRB", "WP", "NN", "NNS", "JJ")
                    .contains(toks.get(afterAdverbs(toks, end)).pos()))) {
      return true; // transitive senses: "demonstrate clearly why", "rally the world", "rally
      // support"
    }
    if (e.type().equals("DETENTION")
        && e.pos() != 'N'
        && k > 0
        && end < toks.size()
        && Phrases.set("DT", "PRP$", "JJ", "CD").contains(toks.get(k - 1).pos())
        && toks.get(k).word().toLowerCase(Locale.ROOT).endsWith("ed")
        && toks.get(end).pos().startsWith("NN")) {
      return true; // an attribute, not a report: "their jailed members", "the detained men"
    }
    if (first.equals("fire") && next.equals("back")) {
      return true; // "fired back at his rival": a retort
    }
    if (e.lemmas().contains("under")
        && e.lemmas().contains("fire")
        && Phrases.set("over", "for", "from").contains(next)
        && end + 1 < toks.size()
        && !toks.get(end + 1).pos().startsWith("NNP")
        && !ARMED_SOURCES.contains(lemma(toks.get(end + 1)))) {
      return true; // "came under fire over a provision": criticism
    }
    if (first.equals("strike")
        && end < toks.size()
        && Phrases.set("me", "us", "him", "her", "many", "some", "observers").contains(next)) {
      return true; // "it strikes me that…"
    }
    if (first.equals("rally")
        && k > 0
        && Phrases.set("campaign", "election", "electoral", "primary", "night", "victory", "party")
            .contains(prev)) {
      return true; // a campaign rally is no protest
    }
    if (e.type().equals("PROTEST")
        && Phrases.set("diplomatic", "formal", "official", "written").contains(prev)) {
      return true; // "made a diplomatic protest": a complaint between governments
    }
    if (k >= 2
            && toks.get(k - 1).word().equalsIgnoreCase("to")
            && Phrases.set("power", "powers", "authority", "right", "licence", "license", "mandate")
                .contains(toks.get(k - 2).word().toLowerCase(Locale.ROOT))
        || k >= 3
            && toks.get(k - 2).word().equalsIgnoreCase("to")
            && Phrases.set("make", "carry")
                .contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))
            && Phrases.set("power", "powers", "authority", "right")
                .contains(toks.get(k - 3).word().toLowerCase(Locale.ROOT))) {
      return true; // "powers to arrest", "the power to make arrests": what could be done
    }
    if (isHabitual(toks, k)) {
      return true; // "which regularly bombs", "are routinely detained": a habit, not one event
    }
    if (toks.get(k).pos().startsWith("NN") && isTrend(toks, k, end)) {
      return true; // "the number of attacks", "attacks on migrants have surged": a trend
    }
    if (first.equals("meet")
        && toks.get(k).pos().startsWith("VB")
        && objectIsRequirement(toks, end)) {
      return true; // "meet their needs", "meet the deadline"
    }
    if (first.equals("plead") && Phrases.set("guilty", "not", "innocent", "no").contains(next)) {
      return true; // a plea in court
    }
    if ((first.equals("demand") || first.equals("ask"))
        && next.equals("to")
        && end + 1 < toks.size()
        && lemma(toks.get(end + 1)).equals("know")) {
      return true; // "demanded to know why": a question, not a call to act
    }
    if (first.equals("ask")
        && (next.equals("not")
            || next.equals("that")
            || k + 2 < toks.size() && next.equals("to") && toks.get(k + 2).word().equals("not"))) {
      return true; // "asked not to be named", "asked that her name not be used"
    }
    if (e.type().startsWith("ATTACK")
        && Phrases.set(
                "verbal",
                "verbally",
                "personal",
                "heart",
                "panic",
                "cyber",
                "asthma",
                "political",
                "rhetorical")
            .contains(prev)) {
      return true;
    }
    return e.type().startsWith("ATTACK") && Phrases.set("ad", "ads", "dog", "dogs").contains(next);
  }

  private static final Set<String> ARMED_SOURCES =
      Set.of(
          "militant",
          "rebel",
          "gunman",
          "gunmen",
          "troops",
          "force",
          "soldier",
          "fighter",
          "army",
          "insurgent",
          "sniper",
          "artillery",
          "tank",
          "the",
          "enemy",
          "russian",
          "israeli");

  private static final Set<String> HABITUAL =
      Set.of(
          "regularly",
          "routinely",
          "often",
          "usually",
          "frequently",
          "typically",
          "habitually",
          "repeatedly",
          "generally",
          "commonly",
          "sometimes",
          "occasionally");

  /** A habitual adverb within the two words before the trigger. */
  private static boolean isHabitual(List<Token> toks, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      if (HABITUAL.contains(toks.get(j).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> TREND_NOUNS =
      Set.of(
          "number",
          "rise",
          "increase",
          "surge",
          "spike",
          "uptick",
          "decline",
          "drop",
          "fall",
          "rate",
          "frequency",
          "level",
          "tally");

  private static final Set<String> TREND_VERBS =
      Set.of(
          "surge",
          "rise",
          "increase",
          "grow",
          "decline",
          "drop",
          "fall",
          "soar",
          "double",
          "triple",
          "spike",
          "decrease");

  /**
   * A noun trigger counted as a trend rather than reported as an event: "the number of attacks", "a
   * rise in protests", or a plural subject of a trend verb ("attacks on migrants have surged").
   */
  private static boolean isTrend(List<Token> toks, int k, int end) {
    if (k >= 2
        && Phrases.set("of", "in").contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))
        && TREND_NOUNS.contains(lemma(toks.get(k - 2)))) {
      return true;
    }
    for (int m = k - 1; m >= Math.max(1, k - 4); m--) {
      Token t = toks.get(m);
      if (Phrases.set("of", "in").contains(t.word().toLowerCase(Locale.ROOT))) {
        if (TREND_NOUNS.contains(lemma(toks.get(m - 1)))) {
          return true; // "the number of anti-Muslim attacks", "a rise in deadly attacks"
        }
        break;
      }
      if (!(t.pos().startsWith("JJ")
          || t.pos().startsWith("NNP")
          || t.word().equals("-")
          || t.pos().equals("HYPH"))) {
        break;
      }
    }
    if (!toks.get(k).pos().equals("NNS")) {
      return false;
    }
    for (int j = end; j < Math.min(toks.size(), end + 7); j++) {
      Token t = toks.get(j);
      if (t.pos().startsWith("VB") && TREND_VERBS.contains(lemma(t))) {
        return true;
      }
      if (t.word().equals(",") || t.word().equals(";")) {
        return false;
      }
    }
    return false;
  }

  /** The first index from {@code j} on that is not an adverb. */
  private static int afterAdverbs(List<Token> toks, int j) {
    while (j < toks.size() && toks.get(j).pos().startsWith("RB")) {
      j++;
    }
    return j;
  }

  private static final Set<String> REQUIREMENTS =
      Set.of(
          "need",
          "demand",
          "target",
          "goal",
          "requirement",
          "deadline",
          "criterion",
          "criteria",
          "standard",
          "obligation",
          "commitment",
          "expectation",
          "threshold",
          "quota",
          "cost",
          "challenge",
          "condition");

  /** Whether a requirement noun ("their need", "the deadline") follows within three words. */
  private static boolean objectIsRequirement(List<Token> toks, int end) {
    for (int j = end; j < Math.min(toks.size(), end + 4); j++) {
      Token t = toks.get(j);
      if (REQUIREMENTS.contains(lemma(t))) {
        return true;
      }
      if (!(t.pos().equals("DT")
          || t.pos().equals("PRP$")
          || t.pos().startsWith("JJ")
          || t.pos().equals("RB"))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isShootingMedia(List<Token> toks, int end, TriggerLexicon.Entry e) {
    if (!e.lemmas().get(0).equals("shoot")) {
      return false;
    }
    for (int j = end; j < Math.min(toks.size(), end + 3); j++) {
      String l = lemma(toks.get(j));
      if (Phrases.set("video", "film", "footage", "photo", "picture", "scene", "movie")
          .contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isViolent(String type) {
    return type.startsWith("ATTACK") || type.equals("CLASH");
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }

  private static int match(List<Token> toks, int k, TriggerLexicon.Entry e) {
    List<String> ls = e.lemmas();
    int j = k;
    for (int m = 0; m < ls.size(); m++, j++) {
      if (j >= toks.size()) {
        return -1;
      }
      String l = lemma(toks.get(j));
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      boolean participle =
          toks.get(j).pos().equals("JJ")
              && (w.equals(ls.get(m) + "d") || w.equals(ls.get(m) + "ed"));
      if (!ls.get(m).equals(l) && !ls.get(m).equals(w) && !participle) {
        // allow one determiner or adjective inside a verbal phrase ("came under heavy fire")
        if (m > 0
            && j + 1 < toks.size()
            && (toks.get(j).pos().startsWith("JJ")
                || toks.get(j).pos().equals("DT")
                || toks.get(j).pos().equals("VBN")
                || toks.get(j).pos().equals("VBG"))
            && ls.get(m).equals(lemma(toks.get(j + 1)))) {
          j++;
          continue;
        }
        return -1;
      }
    }
    return j;
  }

  private static boolean posOk(Token t, char pos) {
    String p = t.pos();
    return switch (pos) {
      case 'V' -> p.startsWith("VB") || (p.equals("JJ") && t.word().endsWith("ed"));
      case 'N' ->
          p.startsWith("NN") || p.equals("JJ") && !t.word().endsWith("ed") || p.equals("FW");
      case 'A' -> p.startsWith("JJ") || p.startsWith("NN") || p.startsWith("VB");
      default -> true;
    };
  }

  private static boolean near(List<Token> toks, int end, Set<String> words) {
    for (int j = end; j < Math.min(toks.size(), end + 5); j++) {
      Token t = toks.get(j);
      if (words.contains(lemma(t)) || words.contains(t.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static List<Hit> dropOverlapped(List<Hit> hits) {
    List<Hit> out = new ArrayList<>();
    for (Hit h : hits) {
      boolean covered = false;
      for (Hit o : hits) {
        if (o != h
            && o.first() <= h.first()
            && h.end() <= o.end()
            && (o.end() - o.first()) > (h.end() - h.first())) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(h);
      }
    }
    return out;
  }

  /** The type of a hit, refined from the sentence; null when the hit is not an event here. */
  private String resolveType(Context ctx, Sentence s, Hit h, Set<String> lemmas) {
    String type = h.entry().type();
    Token t = ctx.tokens.get(h.first());
    if (h.entry().person()) {
      // capture / seize: people taken are a DETENTION, places a TERRITORY.TAKEN
      Np object =
          isPassive(ctx, h.first()) ? subjectOf(ctx, s, h.first()) : objectOf(ctx, s, h.end());
      if (object != null && object.head() != null) {
        String head = object.head();
        if (Phrases.PEOPLE.contains(head)
            || object.hasNumber() && head.matches("[\\d,.]+|dozens|hundreds|scores")
            || Demonyms.country(head).isPresent() && head.endsWith("s")) {
          // "cleared of militants", "entered the homes of residents": ground, not captives
          return Set.of("clear", "enter").contains(h.entry().lemmas().get(0)) ? null : "DETENTION";
        }
        if (!Phrases.TERRITORY.contains(head) && !namesPlace(ctx, object)) {
          return null; // "captured two caucuses", "seized 460 tons of wheat": no people, no ground
        }
        if (Phrases.WEAPONS.contains(head)
            || Phrases.set(
                    "weapon",
                    "ammunition",
                    "drug",
                    "equipment",
                    "vehicle",
                    "cargo",
                    "ship",
                    "vessel",
                    "document",
                    "asset",
                    "property")
                .contains(head)) {
          return null;
        }
      }
      return type;
    }
    if (type.equals("ATTACK")) {
      return refineAttack(lemmas, s, ctx);
    }
    if (type.equals("AGREEMENT")
        && (lemmas.contains("ceasefire")
            || lemmas.contains("truce")
            || lemmas.contains("cease-fire"))) {
      return null; // the ceasefire trigger carries it
    }
    if (type.equals("DISPLACEMENT")
        && Set.of("flee", "exodus").contains(h.entry().lemmas().get(0))) {
      if (EVACUATION_WORDS.stream().anyMatch(lemmas::contains)) {
        return null; // "a corridor to let 15,000 flee": the evacuation trigger carries it
      }
      if (s.index() > 0
          && ctx.doc.sentences().get(s.index() - 1).tokens().stream()
              .anyMatch(x -> x.pos().startsWith("NN") && EVACUATION_WORDS.contains(lemma(x)))) {
        // "… to flee along a corridor. But the exodus plunged into chaos" (not "the wounded were
        // evacuated. Thousands have since fled": a medical evacuation, then flight)
        return "EVACUATION";
      }
    }
    if (type.equals("PROTEST")
        && t.word().equalsIgnoreCase("strike")
        && (lemmas.contains("drone") || lemmas.contains("air") || lemmas.contains("missile"))) {
      return null;
    }
    return type;
  }

  /** Words that make flight in their sentence, or the next one, an organised evacuation. */
  private static final Set<String> EVACUATION_WORDS =
      Set.of("evacuation", "evacuate", "evacuee", "corridor");

  private static String refineAttack(Set<String> lemmas, Sentence s, Context ctx) {
    if (lemmas.contains("suicide")) {
      return "ATTACK.EXPLOSIVE"; // a suicide bomber is no warplane
    }
    if (Phrases.AIR.stream().anyMatch(lemmas::contains)) {
      return "ATTACK.AIRSTRIKE";
    }
    if (Phrases.REMOTE.stream().anyMatch(lemmas::contains)) {
      return "ATTACK.SHELLING";
    }
    if (Phrases.EXPLOSIVE.stream().anyMatch(lemmas::contains) || lemmas.contains("bomb")) {
      return "ATTACK.EXPLOSIVE";
    }
    return "ATTACK.CIVILIANS";
  }

  // ---------------------------------------------------------------- one event

  private Event build(
      Context ctx, Sentence s, Hit h, String type, Set<String> lemmas, boolean counted) {
    EventType et = EventType.expect(type);
    Family family = et.family();
    boolean passive = isPassive(ctx, h.first());
    boolean verbal =
        ctx.tokens.get(h.first()).isVerb() || ctx.tokens.get(h.first()).word().endsWith("ed");
    List<Participant> actors = new ArrayList<>();
    List<Participant> targets = new ArrayList<>();
    Np actorNp = null;
    Np targetNp = null;
    boolean undergone = h.entry().lemmas().contains("under");
    if (verbal && (passive || undergone)) {
      actorNp = agentOf(ctx, s, h.end());
      targetNp = subjectOf(ctx, s, h.first());
    } else if (undergone) {
      targetNp = subjectOf(ctx, s, h.first());
    } else if (verbal) {
      actorNp = subjectOf(ctx, s, h.first());
      targetNp = objectOf(ctx, s, h.end());
    } else if (ARMED.contains(lastLemma(h)) || lastLemma(h).endsWith("bomber")) {
      actorNp = phraseEndingAt(ctx, s, h.end()); // "Taliban gunmen and suicide bombers attacked…"
    } else {
      actorNp = nominalActor(ctx, s, h);
      if (actorNp == null) {
        actorNp = agentOf(ctx, s, h.end());
      }
      if (actorNp == null && family.isStatement()) {
        actorNp = subjectOf(ctx, s, h.first());
      }
      if (actorNp == null && (family == Family.TALKS || family == Family.PROTEST)) {
        // "Kerry asked Sharif, during a meeting…", "protesters carried signs at the rally": who
        // takes part in a meeting or a protest is the subject of the clause that mentions it
        actorNp = clauseSubject(ctx, s, h.first());
      }
    }
    if (actorNp != null && family.isStatement() && actorNp.pronoun()) {
      actorNp = resolvePronoun(ctx, actorNp);
    }
    if (actorNp != null && !actorNp.pronoun() && !namesNoActor(actorNp)) {
      actors.add(participant(ctx, actorNp, family));
    }
    if (targetNp != null && !targetNp.pronoun() && !isWeapon(targetNp)) {
      targets.add(participant(ctx, targetNp, family));
    }
    if (family == Family.THREAT
        && !actors.isEmpty()
        && Set.of(
                ActorCategory.NGO.label(),
                ActorCategory.IGO.label(),
                ActorCategory.MEDIA.label(),
                ActorCategory.CIVILIANS.label())
            .contains(actors.get(0).category())) {
      return null; // aid agencies and the UN warn of dangers; they threaten no one
    }
    if (family == Family.DISPLACEMENT
        && actorNp != null
        && (actorNp.head() != null && ARMED.contains(actorNp.head())
            || !actors.isEmpty()
                && Set.of(
                        ActorCategory.STATE_FORCES.label(),
                        ActorCategory.REBELS.label(),
                        ActorCategory.MILITIA.label())
                    .contains(actors.get(0).category()))) {
      return null; // "the attackers fled", "troops fled": a retreat or an escape, no displacement
    }
    if (family == Family.APPEAL
        && !actors.isEmpty()
        && (ActorCategory.CIVILIANS.label().equals(actors.get(0).category())
            || agedApposition(ctx, actorNp))) {
      return null; // a refugee begging, residents demanding: voices, not a party's appeal
    }
    if (family == Family.THREAT
        && h.entry().lemmas().get(0).equals("warn")
        && !targets.isEmpty()
        && ActorCategory.POLICE.label().equals(targets.get(0).category())) {
      return null; // "locals warned the police": a tip-off to the authorities, not a threat
    }
    EventStatus status = status(ctx, s, h, et, lemmas);
    if (status == null) {
      return null;
    }
    Speaker source = family.isStatement() ? null : source(ctx, s, h);
    if (status == EventStatus.OCCURRED
        && source != null
        && isParty(source.name())
        && (family == Family.TERRITORY || family == Family.CLASH)) {
      status = EventStatus.CLAIMED;
    }
    Located where = place(ctx, s, h, family);
    EventDate date = pastIfNotFuture(ctx, s, date(ctx, s, h));
    if (isBackground(ctx, date) || !family.isStatement() && isHistory(s)) {
      return null; // background and history
    }
    if (status == EventStatus.OCCURRED
        && date != null
        && ctx.published != null
        && date.start() != null
        && date.start().isAfter(ctx.published)) {
      status = EventStatus.PLANNED;
    }
    double confidence = h.entry().weak() ? 0.5 : 0.75;
    if (!actors.isEmpty()) {
      confidence += 0.1;
    }
    confidence *= where.confidence() > 0 ? (0.85 + 0.15 * where.confidence()) : 0.9;
    if (!family.isStatement()
        && isBareNoun(ctx, h)
        && actors.isEmpty()
        && targets.isEmpty()
        && (status == EventStatus.OCCURRED
            || status == EventStatus.ONGOING
            || status == EventStatus.PLANNED)
        && !counted
        && where.confidence() < SENTENCE_PLACE
        && !hasOwnDate(ctx, s)) {
      // "attacks on migrants have surged", "the talks appear stuck": a generic noun with no
      // actor, victim, figure, place, date or status of its own ("was called off") is no report
      // of an event by itself
      confidence = GENERIC;
    }
    return new Event(
        null,
        et.label(),
        status.label(),
        date,
        where.place() == null ? null : where.place().id(),
        actors,
        targets,
        List.of(),
        source,
        List.of(evidence(ctx, s, h)),
        Math.round(confidence * 100) / 100.0);
  }

  private static Evidence evidence(Context ctx, Sentence s, Hit h) {
    int start = ctx.tokens.get(h.first()).start();
    int end = ctx.tokens.get(h.end() - 1).end();
    String rule = "trigger:" + String.join(" ", h.entry().lemmas()) + "/" + h.entry().pos();
    return new Evidence(
        s.span().start(),
        s.span().end(),
        new Evidence.Trigger(start, end, ctx.text.substring(start, end)),
        rule);
  }

  /**
   * A day in the week after publication read from a sentence with no sign of the future ("Friday's
   * massacre", "buried the dead on Wednesday") is the day of the week before.
   */
  static EventDate pastIfNotFuture(Context ctx, Sentence s, EventDate date) {
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
  static boolean isBackground(Context ctx, EventDate date) {
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

  /** Confidence of an event read from a generic noun alone; the fuser drops it unsupported. */
  public static final double GENERIC = 0.3;

  private static final double SENTENCE_PLACE = 0.9;

  /** A one-word nominal trigger ("attack", "meeting", "protests", "fighting"). */
  private static boolean isBareNoun(Context ctx, Hit h) {
    return h.entry().pos() != 'V'
        && h.end() - h.first() == 1
        && !ctx.tokens.get(h.first()).isVerb();
  }

  /** Whether the sentence holds a temporal expression of its own. */
  private static boolean hasOwnDate(Context ctx, Sentence s) {
    for (TimeExpression t : ctx.dates) {
      if (s.span().contains(t.span()) && t.start() != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * A sentence that gives a running total over a period rather than one event's toll: "since
   * April", "has since killed", "in the past two weeks", "over the past four years", "so far this
   * year", "the deadliest month".
   */
  static boolean isCumulative(List<Token> toks) {
    for (int k = 0; k < toks.size(); k++) {
      String w = toks.get(k).word().toLowerCase(Locale.ROOT);
      if (w.equals("since")) {
        return true;
      }
      if ((w.equals("past") || w.equals("last"))
          && k > 0
          && Phrases.set("the", "over", "in", "during")
              .contains(toks.get(k - 1).word().toLowerCase(Locale.ROOT))) {
        for (int j = k + 1; j < Math.min(toks.size(), k + 4); j++) {
          String u = toks.get(j).word().toLowerCase(Locale.ROOT);
          if (Phrases.set("weeks", "months", "years", "days", "decade", "year", "month")
              .contains(u)) {
            return true;
          }
        }
      }
      if (w.equals("so")
          && k + 1 < toks.size()
          && toks.get(k + 1).word().equals("far")
          && k + 2 < toks.size()
          && toks.get(k + 2).word().equalsIgnoreCase("this")) {
        return true;
      }
    }
    return false;
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

  private static boolean isWeapon(Np np) {
    String h = np.head();
    return h != null
        && (Phrases.WEAPONS.contains(h)
            || h.endsWith("s") && Phrases.WEAPONS.contains(h.substring(0, h.length() - 1)));
  }

  private static final Set<String> TRAILING_TIME =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "night",
          "morning",
          "evening",
          "afternoon",
          "today",
          "yesterday",
          "tonight",
          "overnight",
          "last",
          "this");

  private static final Set<String> NOT_ACTORS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "tonight",
          "week",
          "month",
          "year",
          "day",
          "night",
          "morning",
          "evening",
          "deadliest",
          "worst",
          "latest",
          "largest",
          "biggest",
          "bloodiest",
          "crowd",
          "bridge",
          "indiscriminate",
          "heavy",
          "fierce",
          "renewed",
          "fresh",
          "new");

  /**
   * A phrase that names no one who acts: a day ("Friday's massacre"), a superlative ("Iraq's
   * deadliest attack"), a weapon or an adjective read as a noun phrase ("indiscriminate shelling").
   */
  private static boolean namesNoActor(Np np) {
    String[] words = np.text().split("\\s+");
    if (isWeapon(np)) {
      // "Russian artillery", "Israeli drones": the weapons stand for the forces that fire them
      return java.util.Arrays.stream(words)
          .noneMatch(w -> Character.isUpperCase(w.charAt(0)) && Demonyms.country(w).isPresent());
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    return np.head() != null && NOT_ACTORS.contains(np.head()) || NOT_ACTORS.contains(first);
  }

  private static boolean isParty(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String w :
        List.of(
            "army",
            "military",
            "ministry",
            "forces",
            "command",
            "troops",
            "rebels",
            "group",
            "militia",
            "spokesman",
            "spokesperson",
            "fighters")) {
      if (n.contains(w)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- status

  private EventStatus status(Context ctx, Sentence s, Hit h, EventType et, Set<String> lemmas) {
    List<Token> toks = s.tokens();
    int k = h.first() - s.firstToken();
    Family f = et.family();
    boolean negated = false;
    boolean hypothetical = false;
    boolean planned = false;
    for (int j = Math.max(0, k - 4); j < k; j++) {
      String l = lemma(toks.get(j));
      if ((Phrases.NEGATORS.contains(l) || Phrases.NEGATORS.contains(toks.get(j).word()))
          && !l.equals("without")) {
        negated = true;
      }
      if (Phrases.HYPOTHETICAL.contains(l)) {
        hypothetical = true;
      }
      if (Phrases.PLANNED.contains(l) || l.equals("to") && j == k - 1 && !toks.get(k).isNoun()) {
        planned = planned || !l.equals("to") || isPlannedTo(toks, j);
      }
    }
    if (f.isStatement()) {
      return negated && f != Family.DENIAL ? EventStatus.DENIED : EventStatus.OCCURRED;
    }
    if (negated) {
      return EventStatus.DENIED;
    }
    if (isUnreal(toks, k)) {
      return EventStatus.HYPOTHETICAL;
    }
    if (hypothetical) {
      return EventStatus.HYPOTHETICAL;
    }
    if (f == Family.CEASEFIRE || f == Family.EVACUATION || f == Family.AGREEMENT) {
      if (Phrases.SUSPENDED.stream().anyMatch(lemmas::contains)) {
        return EventStatus.SUSPENDED;
      }
      if (Phrases.VIOLATED.stream().anyMatch(lemmas::contains)
          || f == Family.CEASEFIRE
              && (lemmas.contains("shell")
                  || lemmas.contains("shelling")
                  || lemmas.contains("fire") && lemmas.contains("under"))) {
        return EventStatus.VIOLATED;
      }
      if (planned) {
        return EventStatus.PLANNED;
      }
      if (f != Family.EVACUATION && Phrases.AGREED.stream().anyMatch(lemmas::contains)) {
        return EventStatus.AGREED;
      }
      return EventStatus.OCCURRED;
    }
    if (planned) {
      return EventStatus.PLANNED;
    }
    if (lemmas.contains("claim") || lemmas.contains("purportedly")) {
      return EventStatus.CLAIMED;
    }
    if (Phrases.ONGOING.stream().anyMatch(lemmas::contains)
        && (f == Family.TERRITORY
            || f == Family.SERVICES_DISRUPTED
            || f == Family.PROTEST
            || f == Family.CLASH)) {
      return EventStatus.ONGOING;
    }
    if ((f == Family.SERVICES_DISRUPTED || et == EventType.TERRITORY_ENCIRCLED)
        && perfectOrPresent(toks, k)) {
      return EventStatus.ONGOING;
    }
    return EventStatus.OCCURRED;
  }

  /** Verbs whose "to" clause asks for an action: "urged the government to renew talks". */
  private static final Set<String> ASKING =
      Set.of("urge", "call", "ask", "appeal", "encourage", "press", "implore", "exhort", "invite");

  /** Words after which an action is alleged, regulated or weighed, not reported as done. */
  private static final Set<String> UNREAL_CUES =
      Set.of("likely", "unlikely", "ban", "prohibit", "permit", "outlaw", "every", "threat");

  /**
   * An action the sentence does not report as real: one someone is urged to take ("called on its
   * followers to stage attacks"), one weighed or regulated ("less likely to be solved through
   * talks", "the law would ban protests", "permits for protests"), one alleged of a person
   * ("accused of fighting with"), or each of a kind ("after every meeting").
   */
  private static boolean isUnreal(List<Token> toks, int k) {
    for (int j = Math.max(0, k - 14); j < k; j++) {
      String l = lemma(toks.get(j));
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      if (ASKING.contains(l) && toks.get(j).pos().startsWith("VB") && !clauseBreak(toks, j, k)) {
        for (int m = j + 1; m < k; m++) {
          if (toks.get(m).word().equalsIgnoreCase("to")) {
            return true;
          }
        }
      }
      if (j >= k - 3 && (UNREAL_CUES.contains(l) || UNREAL_CUES.contains(w))
          || j >= k - 6 && (l.equals("likely") || l.equals("unlikely"))) {
        return true;
      }
      if (j == k - 1 && w.equals("of") && j > 0) {
        String before = lemma(toks.get(j - 1));
        if (before.equals("accuse") || before.equals("suspect") || before.equals("suspicion")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A sentence-internal boundary between {@code from} and {@code to}: a semicolon or a quote. */
  private static boolean clauseBreak(List<Token> toks, int from, int to) {
    for (int m = from + 1; m < to; m++) {
      String w = toks.get(m).word();
      if (w.equals(";") || w.equals(":") || toks.get(m).pos().equals("``")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPlannedTo(List<Token> toks, int j) {
    for (int m = Math.max(0, j - 3); m < j; m++) {
      String l = lemma(toks.get(m));
      if (Phrases.set(
              "plan",
              "expect",
              "due",
              "set",
              "hope",
              "intend",
              "agree",
              "aim",
              "prepare",
              "schedule",
              "going")
          .contains(l)) {
        return true;
      }
    }
    return false;
  }

  private static boolean perfectOrPresent(List<Token> toks, int k) {
    for (int j = Math.max(0, k - 3); j < k; j++) {
      String w = toks.get(j).word().toLowerCase(Locale.ROOT);
      if (Phrases.set("has", "have", "is", "are", "remains", "remain").contains(w)) {
        return true;
      }
    }
    return toks.get(k).pos().equals("VBZ") || toks.get(k).pos().equals("VBP");
  }

  // ---------------------------------------------------------------- source

  private Speaker source(Context ctx, Sentence s, Hit h) {
    List<Token> toks = s.tokens();
    for (int k = 0; k + 2 < toks.size(); k++) {
      if (toks.get(k).word().equalsIgnoreCase("according") && toks.get(k + 1).word().equals("to")) {
        Np np = npAt(ctx, s, toks.get(k + 2).index());
        if (np != null) {
          return speaker(ctx, np);
        }
      }
    }
    for (int k = 0; k < toks.size(); k++) {
      Token t = toks.get(k);
      if (!t.isVerb() || !Phrases.SPEECH.contains(lemma(t)) || t.index() == h.first()) {
        continue;
      }
      Np subject = subjectOf(ctx, s, t.index());
      if (subject != null && !subject.pronoun() && subject.first() > h.first()) {
        return speaker(ctx, subject);
      }
      if (subject != null
          && !subject.pronoun()
          && subject.end() <= h.first()
          && k + 1 < toks.size()
          && (toks.get(k + 1).word().equals("that")
              || toks.get(k + 1).isNoun()
              || toks.get(k + 1).pos().startsWith("DT")
              || toks.get(k + 1).pos().equals("PRP")
              || toks.get(k + 1).pos().startsWith("JJ")
              || toks.get(k + 1).pos().startsWith("CD"))) {
        return speaker(ctx, subject);
      }
      // "…, said the ministry"
      if (k > 0
          && (toks.get(k - 1).word().equals(",") || toks.get(k - 1).word().matches("[\"”’']+"))
          && t.index() > h.first()) {
        Np after = npAt(ctx, s, t.index() + 1);
        if (after != null && !after.pronoun()) {
          return speaker(ctx, after);
        }
      }
    }
    return null;
  }

  private Speaker speaker(Context ctx, Np np) {
    Entity e = entityOf(ctx, np);
    return new Speaker(np.text(), e == null ? null : e.id());
  }

  // ---------------------------------------------------------------- noun phrases

  /** A noun phrase: tokens {@code [first, end)}, its text and lower-case head lemma. */
  record Np(int first, int end, String text, String head, boolean pronoun, boolean hasNumber) {}

  private static boolean npToken(Token t) {
    String p = t.pos();
    return p.startsWith("NN")
        || p.startsWith("JJ")
        || p.equals("DT")
        || p.equals("CD")
        || p.equals("POS")
        || p.equals("PRP$")
        || p.equals("VBN") && t.ner().equals("O") && false
        || t.word().equals("-")
        || t.word().equals("&")
        || p.equals("NNPS");
  }

  /** The noun phrase that ends just before token {@code index} (skipping auxiliaries). */
  private Np subjectOf(Context ctx, Sentence s, int index) {
    return subjectOf(ctx, s, index, 0);
  }

  private Np subjectOf(Context ctx, Sentence s, int index, int depth) {
    int first = s.firstToken();
    int j = index - 1;
    while (j >= first) {
      Token t = ctx.tokens.get(j);
      String l = lemma(t);
      if (Phrases.AUX.contains(l)
          || t.pos().equals("RB")
          || t.pos().equals("MD")
          || t.pos().equals("``")
          || t.pos().equals("''")
          || TIME_WORDS.contains(l)) {
        j--; // "had ''fled''", "Zelensky today again called on"
        continue;
      }
      if ((t.pos().equals("WDT") || t.pos().equals("WP") || l.equals("that")) && j - 1 >= first) {
        j--;
        if (ctx.tokens.get(j).word().equals(",")) {
          j--;
        }
        continue;
      }
      int opening = openingOfAside(ctx, first, j);
      if (opening > first) {
        j = opening - 1; // "Putin – who today made an appearance – warned…"
        continue;
      }
      break;
    }
    if (j < first) {
      return null;
    }
    Token t = ctx.tokens.get(j);
    if (t.pos().equals("PRP")) {
      return new Np(j, j + 1, t.word(), lemma(t), true, false);
    }
    if (t.word().equals(",") && j - 1 >= first) {
      int p = j - 1;
      while (p >= first
          && POSITION_WORDS.contains(ctx.tokens.get(p).word().toLowerCase(Locale.ROOT))) {
        p--;
      }
      if (p < j - 1 && p > first && ctx.tokens.get(p).word().equals(",")) {
        // a photo caption's position: "VOA reporter Ayesha Tanzeem, right, meets with…"
        return subjectOf(ctx, s, p, depth + 1);
      }
      // an apposition: "Their spokesman, Brig. Gen. Hamoud al-Ansi, said" names the speaker
      int k = j - 1;
      while (k >= first && npToken(ctx.tokens.get(k))) {
        k--;
      }
      if (k >= first && k < j - 1 && j - 1 - k <= 8 && ctx.tokens.get(k).word().equals(",")) {
        Np inner = np(ctx, k + 1, j);
        Np outer = k - 1 >= first ? subjectOf(ctx, s, k + 1, 1) : null;
        boolean innerNamed = hasProperNoun(ctx, k + 1, j);
        boolean outerNamed = outer != null && hasProperNoun(ctx, outer.first(), outer.end());
        // "Their spokesman, Hamoud al-Ansi, said": the name; "Solomiya Zdryko, 18, said" and
        // "Marguerite Kaboré, the coordinator, said": the name before the comma
        return innerNamed && !outerNamed || outer == null ? inner : outer;
      }
      return null;
    }
    if ((t.word().equals("and") || t.word().equals("but")) && depth == 0) {
      // a coordinated verb shares the subject of the one before: "X said … and warned …"
      int nearest = -1;
      for (int k = j - 1; k >= first; k--) {
        Token v = ctx.tokens.get(k);
        String pos = v.pos();
        if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
          if (Phrases.SPEECH.contains(lemma(v))) {
            // "X said [the army had lost the town] and warned": the speaker's verb
            return subjectOf(ctx, s, k, 1);
          }
          if (nearest < 0) {
            nearest = k;
          }
        }
      }
      return nearest < 0 ? null : subjectOf(ctx, s, nearest, 1);
    }
    // skip an apposition or a time phrase ending in a comma: "X, 38, a teacher, said"
    if (!npToken(t)) {
      return null;
    }
    int end = j + 1;
    int start = j;
    while (start - 1 >= first) {
      Token p = ctx.tokens.get(start - 1);
      if (npToken(p)) {
        start--;
      } else if ((p.word().equals("and") || p.word().equals(",") && false)
          && start - 2 >= first
          && ctx.tokens.get(start - 2).isNoun()) {
        start--;
      } else if (p.word().equals("of")
          && start - 2 >= first
          && ctx.tokens.get(start - 2).isNoun()
          && end - start <= 3) {
        start--;
      } else {
        break;
      }
    }
    return np(ctx, start, end);
  }

  private static final Set<String> ARMED =
      Set.of(
          "attacker",
          "assailant",
          "gunman",
          "gunmen",
          "fighter",
          "perpetrator",
          "suspect",
          "kidnapper",
          "raider",
          "militant",
          "insurgent");

  /** "Solomiya Zdryko, 18,": a person given an age is a member of the public, not an official. */
  private static boolean agedApposition(Context ctx, Np np) {
    int j = np.end();
    return j + 2 < ctx.tokens.size()
        && ctx.tokens.get(j).word().equals(",")
        && ctx.tokens.get(j + 1).pos().equals("CD")
        && ctx.tokens.get(j + 2).word().equals(",");
  }

  private static boolean hasProperNoun(Context ctx, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ctx.tokens.get(i).pos().startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> POSITION_WORDS =
      Set.of(
          "left",
          "right",
          "center",
          "centre",
          "second",
          "third",
          "from",
          "top",
          "bottom",
          "front",
          "back",
          "rear",
          "foreground",
          "background",
          "l",
          "r",
          "c",
          "(",
          ")",
          "-lrb-",
          "-rrb-");

  private static final Set<String> TIME_WORDS =
      Set.of("today", "tonight", "yesterday", "tomorrow", "overnight", "later", "earlier");

  private static final Set<String> DASHES = Set.of("-", "--", "–", "—");

  /**
   * When token {@code j} closes an aside — a dash or bracket pair, or a comma after a relative
   * clause opened by ", who" / ", which" — the index of the token that opens it; else -1.
   */
  private static int openingOfAside(Context ctx, int first, int j) {
    String w = ctx.tokens.get(j).word();
    boolean dash = DASHES.contains(w);
    boolean bracket = w.equals(")") || w.equals("-RRB-");
    boolean comma = w.equals(",");
    if (!dash && !bracket && !comma) {
      return -1;
    }
    for (int k = j - 1; k >= Math.max(first, j - 30); k--) {
      String o = ctx.tokens.get(k).word();
      if (dash && DASHES.contains(o)
          || bracket && (o.equals("(") || o.equals("-LRB-"))
          || comma
              && o.equals(",")
              && k + 1 < j
              && Phrases.set("who", "which").contains(ctx.tokens.get(k + 1).word())) {
        return k;
      }
      if (comma && o.equals(",")) {
        return -1;
      }
    }
    return -1;
  }

  private static String lastLemma(Hit h) {
    List<String> ls = h.entry().lemmas();
    return ls.get(ls.size() - 1);
  }

  /** The noun phrase ending at token {@code end} (exclusive), with coordinated nouns. */
  private Np phraseEndingAt(Context ctx, Sentence s, int end) {
    int first = s.firstToken();
    int start = end - 1;
    while (start - 1 >= first) {
      Token p = ctx.tokens.get(start - 1);
      if (npToken(p)
          || p.word().equals("and") && start - 2 >= first && npToken(ctx.tokens.get(start - 2))) {
        start--;
      } else {
        break;
      }
    }
    return np(ctx, start, end);
  }

  /** The subject of the first finite verb before token {@code index}, or null. */
  private Np clauseSubject(Context ctx, Sentence s, int index) {
    for (int k = s.firstToken(); k < index; k++) {
      String pos = ctx.tokens.get(k).pos();
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
        Np np = subjectOf(ctx, s, k);
        return np == null || np.pronoun() ? null : np;
      }
    }
    return null;
  }

  /** The noun phrase starting at or just after token {@code index} (a verb's object). */
  private Np objectOf(Context ctx, Sentence s, int index) {
    int last = s.lastToken();
    int j = index;
    while (j <= last) {
      Token t = ctx.tokens.get(j);
      if (t.pos().equals("RP") || t.pos().equals("RB") || lemma(t).equals("on") && j == index) {
        j++;
        continue;
      }
      break;
    }
    return npAt(ctx, s, j);
  }

  private Np npAt(Context ctx, Sentence s, int j) {
    int last = s.lastToken();
    if (j > last) {
      return null;
    }
    Token t = ctx.tokens.get(j);
    if (t.pos().equals("PRP")) {
      return new Np(j, j + 1, t.word(), lemma(t), true, false);
    }
    int start = j;
    int end = j;
    while (end <= last && npToken(ctx.tokens.get(end))) {
      end++;
      // stop at the head of a simple phrase: "the army said" should not run on
    }
    // "the city of X", "members of the group"
    if (end <= last - 1
        && ctx.tokens.get(end).word().equals("of")
        && ctx.tokens.get(end + 1).pos().matches("NNP.*|DT|CD|JJ|NN.*")) {
      int e2 = end + 1;
      while (e2 <= last && npToken(ctx.tokens.get(e2))) {
        e2++;
      }
      if (e2 - end <= 5) {
        end = e2;
      }
    }
    if (end == start) {
      return null;
    }
    return np(ctx, start, end);
  }

  /** "by X" after a passive verb or a nominal trigger. */
  private Np agentOf(Context ctx, Sentence s, int index) {
    int last = s.lastToken();
    for (int j = index; j <= Math.min(last, index + 6); j++) {
      Token t = ctx.tokens.get(j);
      if (t.word().equals("by")) {
        return npAt(ctx, s, j + 1);
      }
      if (t.word().equals(",") || t.word().equals(".") || t.isVerb()) {
        return null;
      }
    }
    return null;
  }

  /** "Russia's onslaught", "Russian shelling", "RSF assault". */
  private Np nominalActor(Context ctx, Sentence s, Hit h) {
    int first = s.firstToken();
    int j = h.first() - 1;
    // skip adjectives ("renewed", "heavy") and weapon words ("drone") between modifier and
    // trigger: "Russia's renewed onslaught", "an Israeli drone strike"
    while (j >= first
        && (ctx.tokens.get(j).pos().startsWith("JJ")
                && Demonyms.country(ctx.tokens.get(j).word()).isEmpty()
                && !ctx.tokens.get(j).isCapitalised()
            || !ctx.tokens.get(j).isCapitalised()
                && (Phrases.WEAPONS.contains(lemma(ctx.tokens.get(j)))
                    || Phrases.AIR.contains(lemma(ctx.tokens.get(j)))))) {
      j--;
    }
    if (j < first) {
      return null;
    }
    Token t = ctx.tokens.get(j);
    if (t.pos().equals("POS")) {
      int end = j;
      int start = end;
      while (start - 1 >= first
          && (ctx.tokens.get(start - 1).isNoun()
              || ctx.tokens.get(start - 1).pos().startsWith("JJ"))) {
        start--;
      }
      return start < end ? np(ctx, start, end) : null;
    }
    if (t.isProperNoun() || Demonyms.country(t.word()).isPresent() && t.isCapitalised()) {
      int end = j + 1;
      int start = j;
      while (start - 1 >= first && ctx.tokens.get(start - 1).isProperNoun()) {
        start--;
      }
      return np(ctx, start, end);
    }
    return null;
  }

  private Np np(Context ctx, int start, int end) {
    // drop leading determiners, bullets and trailing possessive
    while (start < end
        && (ctx.tokens.get(start).pos().equals("DT")
            || !Character.isLetterOrDigit(ctx.tokens.get(start).word().charAt(0))
            || ctx.tokens.get(start).pos().equals("PRP$"))) {
      start++;
    }
    while (end > start && ctx.tokens.get(end - 1).pos().equals("POS")) {
      end--;
    }
    // and a trailing time: "intelligence forces Monday night"
    while (end - 1 > start
        && TRAILING_TIME.contains(ctx.tokens.get(end - 1).word().toLowerCase(Locale.ROOT))) {
      end--;
    }
    if (start >= end) {
      return null;
    }
    boolean number = false;
    String head = null;
    for (int j = start; j < end; j++) {
      Token t = ctx.tokens.get(j);
      if (t.pos().equals("CD")) {
        number = true;
      }
      if (t.isNoun() || t.pos().startsWith("JJ") && head == null) {
        head = lemma(t);
      }
      if (t.word().equals("of") && head != null) {
        break;
      }
    }
    String text = ctx.text.substring(ctx.tokens.get(start).start(), ctx.tokens.get(end - 1).end());
    return new Np(start, end, text, head, false, number);
  }

  private boolean isPassive(Context ctx, int index) {
    Token t = ctx.tokens.get(index);
    if (!t.pos().equals("VBN") && !(t.pos().equals("JJ") && t.word().endsWith("ed"))) {
      return false;
    }
    for (int j = index - 1; j >= Math.max(0, index - 4); j--) {
      Token p = ctx.tokens.get(j);
      String l = lemma(p);
      if (l.equals("be") || l.equals("get")) {
        return true;
      }
      if (l.equals("have")) {
        return false;
      }
      if (!(p.pos().startsWith("RB") || p.pos().equals("MD") || Phrases.AUX.contains(l))) {
        // reduced relative: "soldiers captured at a checkpoint"; but a verb the tagger read as a
        // participle that takes an object is active: "soldiers detained about 40 men"
        return p.isNoun() && !takesObject(ctx, index + 1);
      }
    }
    return false;
  }

  private static boolean takesObject(Context ctx, int next) {
    if (next >= ctx.tokens.size()) {
      return false;
    }
    Token n = ctx.tokens.get(next);
    String w = n.word().toLowerCase(Locale.ROOT);
    return Phrases.set("DT", "CD", "PRP$", "NN", "NNS", "NNP", "NNPS").contains(n.pos())
        || Phrases.set("about", "nearly", "almost", "around", "some", "over", "more", "at")
                .contains(w)
            && next + 1 < ctx.tokens.size()
            && Phrases.set("CD", "JJR", "JJS", "RBS").contains(ctx.tokens.get(next + 1).pos());
  }

  private Np resolvePronoun(Context ctx, Np np) {
    String w = np.text().toLowerCase(Locale.ROOT);
    int at = ctx.tokens.get(np.first()).start();
    Mention best = null;
    Entity bestEntity = null;
    for (Entity e : ctx.entities) {
      boolean person = e.kind() == org.sitrep.model.EntityKind.PERSON;
      if ((w.equals("he") || w.equals("she")) != person) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.end() <= at && (best == null || m.end() > best.end())) {
          best = m;
          bestEntity = e;
        }
      }
    }
    if (bestEntity == null) {
      return np;
    }
    return new Np(np.first(), np.end(), bestEntity.name(), null, false, false);
  }

  // ---------------------------------------------------------------- participants

  private Entity entityOf(Context ctx, Np np) {
    if (np.first() >= ctx.tokens.size()) {
      return null;
    }
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Entity e : ctx.entities) {
      for (Mention m : e.mentions()) {
        if (m.span().overlaps(span)) {
          return e;
        }
      }
      if (e.name().equals(np.text())) {
        return e;
      }
    }
    return null;
  }

  private Participant participant(Context ctx, Np np, Family family) {
    Entity e = entityOf(ctx, np);
    String name = np.text();
    String country = countryOf(ctx, np, e);
    ActorCategory category = category(np, e, family, namesCountry(ctx, np));
    return new Participant(name, e == null ? null : e.id(), country, category.label());
  }

  /** Whether a resolved place is named inside the phrase ("captured Kani", "seized Sirte"). */
  private static boolean namesPlace(Context ctx, Np np) {
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Place p : ctx.places) {
      for (Mention m : p.mentions()) {
        if (span.contains(m.span())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the phrase is a country's name ("the Russian Federation", "Sudan"). */
  private static boolean namesCountry(Context ctx, Np np) {
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Place p : ctx.places) {
      if ("country".equals(p.precision())) {
        for (Mention m : p.mentions()) {
          if (m.span().contains(span)
              || span.contains(m.span()) && m.span().length() * 2 > span.length()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private String countryOf(Context ctx, Np np, Entity e) {
    String[] words = np.text().split("[\\s’']+");
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length) {
        Optional<String> two = Demonyms.country(words[i] + " " + words[i + 1]);
        if (two.isPresent()) {
          return two.get();
        }
      }
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        Optional<String> one = Demonyms.country(words[i].replaceAll("[^\\p{L}.]", ""));
        if (one.isPresent()) {
          return one.get();
        }
      }
    }
    if (e != null) {
      for (String w : e.name().split("\\s+")) {
        Optional<String> one = Demonyms.country(w);
        if (one.isPresent()) {
          return one.get();
        }
      }
    }
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Place p : ctx.places) {
      if ("country".equals(p.precision()) && p.country() != null) {
        for (Mention m : p.mentions()) {
          if (span.contains(m.span())) {
            return p.country();
          }
        }
      }
    }
    return null;
  }

  static ActorCategory category(Np np, Entity e, Family family) {
    return category(np, e, family, false);
  }

  static ActorCategory category(Np np, Entity e, Family family, boolean countryName) {
    String t = np.text().toLowerCase(Locale.ROOT);
    if (t.matches(".*\\b(police|policemen|officers|gendarm\\w*)\\b.*")) {
      return ActorCategory.POLICE;
    }
    if (t.matches(
        ".*\\b(rebels?|insurgents?|militants?|jihadists?|separatists?|guerrillas?|"
            + "islamists?|rapid support forces|rsf)\\b.*")) {
      return ActorCategory.REBELS;
    }
    if (t.matches(
        ".*\\b(militias?|militiamen|paramilitar\\w*|gunmen|armed men|vigilantes?)\\b.*")) {
      return ActorCategory.MILITIA;
    }
    if (t.matches(
        ".*\\b(u\\.?n\\.?|united nations|nato|european union|eu|african union|unicef|"
            + "unhcr|who|wfp|ocha|iom|security council|peacekeepers?)\\b.*")) {
      return ActorCategory.IGO;
    }
    if (t.matches(
        ".*\\b(red cross|red crescent|icrc|msf|médecins sans frontières|"
            + "doctors without borders|aid (group|agency|agencies|worker|workers)|ngos?|charity|"
            + "amnesty|human rights watch|save the children|oxfam)\\b.*")) {
      return ActorCategory.NGO;
    }
    if (t.matches(
        ".*\\b(forces?|troops?|army|soldiers?|military|navy|air force|marines?|"
            + "artillery|battalions?|brigades?|units?|servicemen|warplanes?|jets?|drones?|defen[cs]e "
            + "forces)\\b.*")) {
      return ActorCategory.STATE_FORCES;
    }
    if (t.matches(
        ".*\\b(civilians?|residents?|people|children|women|villagers|families|"
            + "refugees|patients|students|worshippers|passengers|farmers|men|boy|girl|child|man|"
            + "woman|teachers?|nurses?|doctors?|traders)\\b.*")) {
      return ActorCategory.CIVILIANS;
    }
    if (t.matches(".*\\b(journalists?|reporters?|media|newspaper|broadcaster|photographer)\\b.*")) {
      return ActorCategory.MEDIA;
    }
    if (t.matches(
        ".*\\b(ministry|government|president|prime minister|minister|cabinet|"
            + "parliament|kremlin|administration|presidency|junta|authorities)\\b.*")) {
      return ActorCategory.GOVERNMENT;
    }
    if (t.matches(
        ".*\\b(officials?|spokesm[ae]n|spokeswoman|spokesperson|governor|mayor|"
            + "diplomats?|ambassador|envoy|commander|general)\\b.*")) {
      return ActorCategory.OFFICIALS;
    }
    if ((countryName || Demonyms.country(np.text()).isPresent())
        && (family == Family.DISPLACEMENT || family == Family.EVACUATION)) {
      return ActorCategory.CIVILIANS; // "Ukrainians fleeing into central Europe"
    }
    if (countryName || Demonyms.country(np.text()).isPresent()) {
      return family.isStatement()
              || family == Family.TALKS
              || family == Family.SANCTION
              || family == Family.AID
              || family == Family.AGREEMENT
          ? ActorCategory.GOVERNMENT
          : ActorCategory.STATE_FORCES;
    }
    if (e != null && e.kind() == org.sitrep.model.EntityKind.PERSON) {
      String role = e.role() == null ? "" : e.role().toLowerCase(Locale.ROOT);
      if (role.matches(
          ".*\\b(minister|president|governor|mayor|spokes\\w+|official|"
              + "ambassador|secretary)\\b.*")) {
        return ActorCategory.OFFICIALS;
      }
    }
    return ActorCategory.UNKNOWN;
  }

  // ---------------------------------------------------------------- place and date

  /** A place chosen for an event and how sure the rule that chose it is. */
  record Located(Place place, Mention mention, double confidence) {
    static final Located NONE = new Located(null, null, 0);
  }

  private Located place(Context ctx, Sentence s, Hit h, Family family) {
    List<Located> inSentence = placesIn(ctx, s.span());
    int trigger = ctx.tokens.get(h.first()).start();
    Located best = null;
    int bestScore = Integer.MIN_VALUE;
    for (Located l : inSentence) {
      int score = 0;
      TokenAt before = tokenBefore(ctx, l.mention().start());
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

  /** The place is named right after a verbal trigger, past at most a determiner or adjective. */
  private static boolean isObjectOfTrigger(Context ctx, Hit h, Mention m) {
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

  private record TokenAt(String lower) {}

  private TokenAt tokenBefore(Context ctx, int offset) {
    int j = offset - 1;
    while (j >= 0 && Character.isWhitespace(ctx.text.charAt(j))) {
      j--;
    }
    int e = j + 1;
    while (j >= 0 && Character.isLetter(ctx.text.charAt(j))) {
      j--;
    }
    return e > j + 1 ? new TokenAt(ctx.text.substring(j + 1, e).toLowerCase(Locale.ROOT)) : null;
  }

  private static List<Located> reversed(List<Located> list) {
    List<Located> out = new ArrayList<>(list);
    java.util.Collections.reverse(out);
    return out;
  }

  private static List<Located> placesIn(Context ctx, Span span) {
    List<Located> out = new ArrayList<>();
    for (Place p : ctx.places) {
      if (p.metonymic()) {
        continue;
      }
      for (Mention m : p.mentions()) {
        if (span.contains(m.span())) {
          out.add(new Located(p, m, 0.9));
        }
      }
    }
    out.sort(Comparator.comparingInt(l -> l.mention().start()));
    return out;
  }

  /** "The cities of A, B and C were encircled": one event per place of a coordinated list. */
  private List<Event> splitByPlace(Context ctx, Sentence s, Hit h, Event ev) {
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
                .trim();
        if (!(between.equals(",")
            || between.equals("and")
            || between.equals(", and")
            || between.equals("or"))) {
          break;
        }
        if (between.equals(",") && qualifies(a.place(), b.place())) {
          break; // "Minneapolis, Minnesota": a town and the region it lies in are one place
        }
        Located add = here.get(next);
        if (ids.add(add.place().id()) && !"country".equals(add.place().precision())) {
          out.add(
              new Event(
                  null,
                  ev.type(),
                  ev.status(),
                  ev.date(),
                  add.place().id(),
                  ev.actors(),
                  ev.targets(),
                  ev.counts(),
                  ev.source(),
                  ev.evidence(),
                  ev.confidence()));
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

  /**
   * "X met Y on Saturday and new talks were declared for Sunday": a date after the trigger, past a
   * coordinating "and"/"but" some words on, dates the other clause, not this event.
   */
  private static boolean inOtherClause(Context ctx, Hit h, TimeExpression t) {
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
      // "talks between Russia and Ukraine were declared for Sunday": "and" joins two names
      coordination |= (w.equals("and") || w.equals("but")) && !joinsNouns || w.equals(";");
      words++;
    }
    return coordination && words >= 6;
  }

  /**
   * The date a temporal expression gives an event; "since June" runs from June up to the
   * publication date.
   */
  private EventDate sinceOrOn(Context ctx, TimeExpression t) {
    EventDate d = t.toEventDate();
    TokenAt before = tokenBefore(ctx, t.span().start());
    if (before != null && before.lower().equals("the")) {
      before = tokenBefore(ctx, t.span().start() - 4); // "since the summer of 2023"
    }
    if (before == null
        || !before.lower().equals("since")
        || ctx.published == null
        || d.start() == null
        || d.start().isAfter(ctx.published)) {
      return d;
    }
    return new EventDate(d.start(), ctx.published, d.precision(), "since " + d.text());
  }

  private EventDate date(Context ctx, Sentence s, Hit h) {
    int trigger = ctx.tokens.get(h.first()).start();
    TimeExpression best = null;
    for (TimeExpression t : ctx.dates) {
      if (s.span().contains(t.span()) && t.start() != null && !inOtherClause(ctx, h, t)) {
        if (best == null
            || Math.abs(t.span().start() - trigger) < Math.abs(best.span().start() - trigger)) {
          best = t;
        }
      }
    }
    if (best != null) {
      return sinceOrOn(ctx, best);
    }
    Span para = ctx.paragraphOf(s.span().start());
    for (TimeExpression t : ctx.dates) {
      if (t.start() != null
          && para.start() <= t.span().start()
          && t.span().end() <= s.span().start()) {
        best = t;
      }
    }
    if (best != null) {
      return best.toEventDate();
    }
    if (ctx.published == null) {
      return null;
    }
    return new EventDate(ctx.published, ctx.published, DatePrecision.WEEK, null);
  }

  // ---------------------------------------------------------------- counts

  /** Counts found in one sentence. */
  record Counts(List<CountFinder.Found> found) {}

  private static List<Event> attachCounts(List<Event> events, Counts counts) {
    if (counts.found().isEmpty() || events.isEmpty()) {
      return events;
    }
    Map<Event, List<Count>> extra = new HashMap<>();
    for (CountFinder.Found f : counts.found()) {
      Event target = null;
      int best = 0;
      for (Event e : events) {
        int fit = fit(f.kind(), EventType.expect(e.type()).family());
        if (fit > best) {
          best = fit;
          target = e;
        }
      }
      if (target == null) {
        continue;
      }
      extra.computeIfAbsent(target, k -> new ArrayList<>()).add(f.count());
    }
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      List<Count> add = extra.get(e);
      if (add == null) {
        out.add(e);
        continue;
      }
      List<Count> all = new ArrayList<>(e.counts());
      all.addAll(add);
      out.add(
          new Event(
              e.id(),
              e.type(),
              e.status(),
              e.date(),
              e.place(),
              e.actors(),
              e.targets(),
              all,
              e.source(),
              e.evidence(),
              e.confidence()));
    }
    return out;
  }

  private static int fit(CountKind kind, Family f) {
    return switch (kind) {
      case KILLED, INJURED, MISSING ->
          f == Family.ATTACK
              ? 5
              : f == Family.CLASH ? 4 : f == Family.TERRITORY ? 2 : f == Family.PROTEST ? 2 : 0;
      case CAPTURED, ARRESTED -> f == Family.DETENTION ? 5 : f == Family.TERRITORY ? 2 : 0;
      case EVACUATED, PLANNED_EVACUEES ->
          f == Family.EVACUATION ? 5 : f == Family.DISPLACEMENT ? 3 : f == Family.CEASEFIRE ? 1 : 0;
      case DISPLACED, REFUGEES -> f == Family.DISPLACEMENT ? 5 : f == Family.EVACUATION ? 2 : 0;
      case OTHER -> 0;
    };
  }
}
