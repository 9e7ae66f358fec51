package org.sitrep.extract.events;

import static org.sitrep.extract.text.Phrases.lemma;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.sitrep.extract.counts.CountFinder;
import org.sitrep.extract.counts.EventCounts;
import org.sitrep.extract.counts.TreeCounts;
import org.sitrep.extract.syntax.DependencyTree;
import org.sitrep.extract.syntax.Roles;
import org.sitrep.extract.syntax.Scope;
import org.sitrep.extract.syntax.SyntaxLexicon;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Sentence;
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
 *
 * <p>This class runs the steps for each sentence and builds the events; each step lives in a small
 * class of this package: {@link TriggerMatcher} finds the triggers (with {@link TriggerSenses} for
 * the senses of a trigger word that report no event), {@link NounPhrases} reads the subject, object
 * and agent around a trigger and {@link Participants} who they name, {@link EventStatusReader} the
 * status and source, {@link EventPlaces} and {@link EventDates} the place and date, and {@link
 * EventCounts} gives the sentence's figures to its events. {@link EventContext} holds what the
 * document offers every sentence.
 */
public final class RuleEventExtractor implements EventExtractor {
  private final TriggerLexicon lexicon = TriggerLexicon.load();
  private final TriggerMatcher triggers;
  private final Scope scope = Scope.english();
  private final Roles roles = Roles.english();
  private static final SyntaxLexicon LEX = SyntaxLexicon.english();

  public RuleEventExtractor() {
    this.triggers = new TriggerMatcher(lexicon);
  }

  @Override
  public List<Event> extract(
      AnnotatedDocument doc,
      List<Entity> entities,
      List<Place> places,
      List<TimeExpression> dates) {
    EventContext ctx = new EventContext(doc, entities, places, dates);
    List<Event> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      if (Thread.currentThread().isInterrupted()) {
        // the article's time budget ran out (the pipeline's watchdog): stop between sentences,
        // so that no rule, however slow on a strange parse, holds a worker past it
        throw new CancellationException("interrupted after " + s.index() + " sentences");
      }
      out.addAll(sentence(ctx, s));
    }
    out = inheritActors(ctx, out);
    List<Event> numbered = new ArrayList<>();
    int n = 1;
    for (Event e : out) {
      numbered.add(e.withId("v" + n++));
    }
    return numbered;
  }

  /** Families whose unnamed actor is the one the article last named for such an act. */
  private static final Set<Family> CARRIED_ACTOR =
      Set.of(
          Family.CLASH,
          Family.TERRITORY,
          Family.EVACUATION,
          Family.DETENTION,
          Family.CEASEFIRE,
          Family.ATTACK);

  /**
   * An act reported without its actor ("the offensive restarted", "were arrested at a checkpoint")
   * is taken to be by whoever the article last named as acting in a military act: news names a side
   * once and then reports its operation. Statements never lend or borrow.
   */
  private static List<Event> inheritActors(EventContext ctx, List<Event> events) {
    List<Event> out = new ArrayList<>(events.size());
    List<Participant> last = List.of();
    org.sitrep.model.Span lastParagraph = null;
    for (Event e : events) {
      org.sitrep.model.Span paragraph = ctx.paragraphOf(e.evidence().get(0).start());
      if (!paragraph.equals(lastParagraph)) {
        last = List.of(); // a new paragraph may report the other side
      }
      Family f = EventType.expect(e.type()).family();
      if (!CARRIED_ACTOR.contains(f)) {
        out.add(e);
        continue;
      }
      if (e.actors().isEmpty() && !last.isEmpty() && isReal(e)) {
        out.add(e.withActors(last));
        continue;
      }
      if (!e.actors().isEmpty()) {
        last = e.actors();
        lastParagraph = paragraph;
      }
      out.add(e);
    }
    return out;
  }

  private List<Event> sentence(EventContext ctx, Sentence s) {
    List<Token> toks = s.tokens();
    if (toks.isEmpty()) {
      return List.of();
    }
    DependencyTree tree = ctx.tree(s);
    Set<String> lemmas = TriggerMatcher.lemmasOf(toks);
    List<Hit> hits = triggers.find(toks, lemmas, tree);
    int base = toks.get(0).index();
    EventCounts.Counts counts =
        TreeCounts.refine(tree, toks, ctx.text, CountFinder.find(toks, ctx.text));
    Hit escaped = TriggerMatcher.escapeHit(toks, counts, hits, base);
    if (escaped != null) {
      hits.add(escaped);
    }
    // a casualty word alone ("was killed") gives way to a stronger trigger of violence, but only
    // to one that reports an event here: not to "after the Manchester attack" read as background
    boolean counted = !counts.found().isEmpty();
    Map<Hit, Optional<Event>> built = new IdentityHashMap<>(); // each hit built once
    boolean strongViolence =
        hits.stream()
            .anyMatch(
                h ->
                    !h.entry().weak()
                        && isViolent(h.entry().type())
                        && reportsEvent(built, ctx, s, tree, h, lemmas, counted));
    List<Event> events = new ArrayList<>();
    List<Integer> reported = new ArrayList<>(); // the strong violent triggers built
    Set<String> seen = new HashSet<>();
    for (Hit h : hits) {
      TriggerLexicon.Entry e = h.entry();
      if (performsAnother(tree, h, hits)) {
        continue; // "launched an offensive": the offensive is the event
      }
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
        ev = buildOnce(built, ctx, s, tree, h, type, lemmas, counted);
        if (ev == null || !hasOwnDay(ev, events, type) || !coordinated(toks, hits, h, base)) {
          continue;
        }
      } else {
        ev = buildOnce(built, ctx, s, tree, h, type, lemmas, counted);
      }
      if (ev != null && h == escaped) {
        // the people who got out are the evacuees, not whoever evacuated them
        ev = ev.withActors(List.of());
      }
      if (ev != null) {
        events.addAll(EventPlaces.splitByPlace(ctx, s, ev));
        if (isViolent(type) && !e.weak()) {
          reported.add(syntacticHead(tree, h));
        }
      }
    }
    if (EventCounts.isCumulative(tree, toks, reported)
        || !EventDates.hasOwnDate(ctx, s)
            && EventCounts.isUndatedPerfectTotal(tree, toks, reported)) {
      // "killed 40,000 people over the past four years", "300,000 people have been killed": a
      // running toll over a period, said or left open, is no event's figure
      counts =
          new EventCounts.Counts(
              counts.found().stream()
                  .filter(f -> f.kind() != CountKind.KILLED && f.kind() != CountKind.INJURED)
                  .toList(),
              counts.background());
    }
    return EventCounts.attachCounts(events, counts);
  }

  /**
   * {@link #build} of hit {@code h}, taken from {@code built} when the sentence built it already.
   */
  private Event buildOnce(
      Map<Hit, Optional<Event>> built,
      EventContext ctx,
      Sentence s,
      DependencyTree tree,
      Hit h,
      String type,
      Set<String> lemmas,
      boolean counted) {
    return built
        .computeIfAbsent(h, k -> Optional.ofNullable(build(ctx, s, tree, k, type, lemmas, counted)))
        .orElse(null);
  }

  /** Whether hit {@code h} builds an event reported as real. */
  private boolean reportsEvent(
      Map<Hit, Optional<Event>> built,
      EventContext ctx,
      Sentence s,
      DependencyTree tree,
      Hit h,
      Set<String> lemmas,
      boolean counted) {
    String type = resolveType(ctx, s, h, lemmas);
    if (type == null) {
      return false;
    }
    Event ev = buildOnce(built, ctx, s, tree, h, type, lemmas, counted);
    return ev != null && isReal(ev) && !ev.status().equals(EventStatus.HISTORICAL.label());
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
      if (o == h || o.end() > h.first() || o.entry().family() != h.entry().family()) {
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

  private static boolean isViolent(String type) {
    return type.startsWith("ATTACK") || type.equals("CLASH");
  }

  /**
   * Whether the phrase's last word is a person's name ("Cantlie was captured") that names no place
   * the gazetteer knows.
   */
  private static boolean namesPerson(EventContext ctx, Np np) {
    return np.end() > np.first()
        && ctx.tokens.get(np.end() - 1).ner().equals("PERSON")
        && !Participants.namesPlace(ctx, np); // "it has captured Rodynske", a village
  }

  /**
   * What the tree says a verb trigger took: its object, or the subject of its passive, up to the
   * noun itself ("seize airport - commanders told…": the airport; "captured two commanders of the
   * militia": the commanders); null when unparsed or there is none.
   */
  private static Np treeObject(EventContext ctx, Sentence s, Hit h) {
    DependencyTree tree = ctx.tree(s);
    if (!tree.parsed()) {
      return null;
    }
    int verb = syntacticHead(tree, h);
    int object = tree.dependent(verb, "obj");
    if (object < 0) {
      object = tree.dependent(verb, "nsubj:pass");
    }
    if (object < 0 || !tree.token(object).isNoun()) {
      return null;
    }
    Roles.Phrase p = Roles.phrase(tree, object);
    return p == null
        ? null
        : NounPhrases.fromTree(ctx, new Roles.Phrase(p.first(), object + 1, object));
  }

  /**
   * Whether a noun trigger the tagger read as an adjective is one: the predicate of a copula with
   * no determiner ("is offensive to them"; not "was a major offensive").
   */
  private static boolean predicateAdjective(DependencyTree tree, int head) {
    return tree.parsed()
        && tree.contains(head)
        && tree.token(head).pos().startsWith("JJ")
        && tree.dependent(head, "cop") >= 0
        && tree.dependent(head, "det") < 0;
  }

  /** Who, named in a clash's sentence, makes it a protest rather than a battle. */
  private static final Set<String> PROTESTERS =
      Set.of("protester", "protestor", "demonstrator", "marcher", "rioter");

  /** The type of a hit, refined from the sentence; null when the hit is not an event here. */
  private String resolveType(EventContext ctx, Sentence s, Hit h, Set<String> lemmas) {
    String type = h.entry().type();
    Token t = ctx.tokens.get(h.first());
    if (h.entry().person()) {
      // capture / seize: people taken are a DETENTION, places a TERRITORY.TAKEN
      Np object = treeObject(ctx, s, h);
      if (object == null) {
        object =
            NounPhrases.isPassive(ctx, h.first())
                ? NounPhrases.subjectOf(ctx, s, h.first())
                : NounPhrases.objectOf(ctx, s, h.end());
      }
      if (object != null && object.head() != null) {
        String head = object.head();
        if (Phrases.PEOPLE.contains(head)
            || namesPerson(ctx, object)
            || object.hasNumber() && head.matches("[\\d,.]+|dozens|hundreds|scores")
            || Demonyms.country(head).isPresent() && head.endsWith("s")) {
          // "cleared of militants", "entered the homes of residents": ground, not captives
          return Set.of("clear", "enter").contains(h.entry().lemmas().get(0)) ? null : "DETENTION";
        }
        if (!Phrases.TERRITORY.contains(head) && !Participants.namesPlace(ctx, object)) {
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
      String own = ownWeapon(ctx.tree(s), syntacticHead(ctx.tree(s), h));
      return own != null ? own : refineAttack(lemmas);
    }
    if (type.equals("CLASH") && PROTESTERS.stream().anyMatch(lemmas::contains)) {
      return "PROTEST"; // "police clashed with protesters": a protest met by force, no battle
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

  /** Words of a poison: an attack with it is violence against whoever breathes it. */
  private static final Set<String> CHEMICAL =
      Set.of("chemical", "gas", "sarin", "chlorine", "toxic", "poison", "nerve");

  /**
   * The type a trigger's own modifiers give ("a gas attack", "a suicide attack", "an air attack"),
   * before the words of the whole sentence, which may be another act's ("asked Congress to approve
   * air strikes over a gas attack"); null when it has none.
   */
  private static String ownWeapon(DependencyTree tree, int head) {
    if (!tree.parsed() || !tree.contains(head) || !tree.token(head).isNoun()) {
      return null;
    }
    for (String rel : List.of("compound", "amod")) {
      for (int m : tree.dependents(head, rel)) {
        String l = tree.lemma(m).toLowerCase(Locale.ROOT);
        String t = CHEMICAL.contains(l) ? "ATTACK.CIVILIANS" : refineAttack(Set.of(l));
        if (CHEMICAL.contains(l) || !t.equals("ATTACK.CIVILIANS")) {
          return t;
        }
      }
    }
    return null;
  }

  private static String refineAttack(Set<String> lemmas) {
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
      EventContext ctx,
      Sentence s,
      DependencyTree tree,
      Hit h,
      String type,
      Set<String> lemmas,
      boolean counted) {
    EventType et = EventType.expect(type);
    Family family = et.family();
    int head = syntacticHead(tree, h);
    Scope.Reading reading =
        family.isStatement() ? scope.readOwn(tree, head) : scope.read(tree, head);
    if ((family.isStatement() || family == Family.TALKS)
        && scope.privateExchange(tree, head, family == Family.TALKS)) {
      return null; // "I pleaded with him to come home", "asked me not to be angry": no party's
    }
    if (unsaid(tree, head, h, family)) {
      return null; // "requests were denied", "volunteers are asked to", "the threat of crimes"
    }
    if (et == EventType.TERRITORY_TAKEN && groundless(tree, head, h)) {
      return null; // "took over from her as director", "women are liberating themselves"
    }
    if (family == Family.ATTACK
        && et != EventType.ATTACK_EXPLOSIVE
        && reflexiveObject(tree, head)) {
      return null; // "shot himself to avoid capture": no one attacked ("blew himself up" did)
    }
    if (h.entry().pos() == 'N' && predicateAdjective(tree, head)) {
      return null; // "the laws turn out to be offensive to many": a quality, not an offensive
    }
    if (reading == Scope.Reading.MODIFIER && h.entry().pos() == 'N') {
      reading = Scope.Reading.REAL; // an event noun the tagger read as a participle ("shelling")
    }
    if (reading == Scope.Reading.MODIFIER
        || reading == Scope.Reading.BACKGROUND
        || reading == Scope.Reading.GENERIC) {
      return null; // "retreating fighters", "people who had fled", "an end to the fighting"
    }
    boolean passive = NounPhrases.isPassive(ctx, h.first());
    boolean verbal =
        ctx.tokens.get(h.first()).isVerb() || ctx.tokens.get(h.first()).word().endsWith("ed");
    List<Participant> actors = new ArrayList<>();
    List<Participant> targets = new ArrayList<>();
    Np actorNp = null;
    Np targetNp = null;
    boolean undergone = h.entry().lemmas().contains("under");
    if (verbal && (passive || undergone)) {
      actorNp = NounPhrases.agentOf(ctx, s, h.end());
      targetNp = NounPhrases.subjectOf(ctx, s, h.first());
    } else if (undergone) {
      targetNp = NounPhrases.subjectOf(ctx, s, h.first());
    } else if (verbal) {
      actorNp = NounPhrases.subjectOf(ctx, s, h.first());
      targetNp = NounPhrases.objectOf(ctx, s, h.end());
    } else if (ARMED.contains(lastLemma(h)) || lastLemma(h).endsWith("bomber")) {
      // "Taliban gunmen and suicide bombers attacked…"
      actorNp = NounPhrases.phraseEndingAt(ctx, s, h.end());
    } else {
      actorNp = NounPhrases.nominalActor(ctx, s, h);
      if (actorNp == null) {
        actorNp = NounPhrases.agentOf(ctx, s, h.end());
      }
      if (actorNp == null && family.isStatement()) {
        actorNp = NounPhrases.subjectOf(ctx, s, h.first());
      }
      if (actorNp == null && (family == Family.TALKS || family == Family.PROTEST)) {
        // "Kerry asked Sharif, during a meeting…", "protesters carried signs at the rally": who
        // takes part in a meeting or a protest is the subject of the clause that mentions it
        actorNp = NounPhrases.clauseSubject(ctx, s, h.first());
      }
    }
    Np windowActor = actorNp;
    if (tree.parsed() && !undergone) {
      Roles.Reading rr = roles.read(tree, head);
      Np a = NounPhrases.fromTree(ctx, rr.actor());
      if (a != null && a.pronoun() && rr.reported()) {
        a = NounPhrases.resolvePronoun(ctx, a); // "he said his troops…": the person named before
      }
      Np t = NounPhrases.fromTree(ctx, rr.target());
      if (a != null
          && !(family.isStatement()
              && actorNp != null
              && (rr.reported() || a.pronoun() || !Roles.ownSubject(tree, head, rr.actor())))) {
        // a statement's own subject speaks; for a pronoun or a reported one it keeps the speaker
        // the speech-aware window rules found ("said … and warned", "I urge")
        actorNp = a;
      }
      if (t != null) {
        targetNp = t;
      }
    }
    if (actorNp != null && family.isStatement() && actorNp.pronoun()) {
      actorNp = NounPhrases.resolvePronoun(ctx, actorNp);
    }
    if (actorNp != null && !actorNp.pronoun() && !Participants.namesNoActor(actorNp)) {
      actors.add(Participants.participant(ctx, actorNp, family));
    }
    if (targetNp != null && !targetNp.pronoun() && !Participants.isWeapon(targetNp)) {
      targets.add(Participants.participant(ctx, targetNp, family));
    }
    if (reading == Scope.Reading.ALLEGED && actors.isEmpty()) {
      // "accused rebels of using chemical arms": who is accused is who is said to have acted
      int accused = tree.dependent(scope.alleger(tree, head), "obj");
      Np np = accused < 0 ? null : NounPhrases.fromTree(ctx, Roles.phrase(tree, accused));
      if (np != null && !np.pronoun() && !Participants.namesNoActor(np)) {
        actors.add(Participants.participant(ctx, np, family));
      }
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
            || NounPhrases.agedApposition(ctx, actorNp)
            || windowActor != null && NounPhrases.agedApposition(ctx, windowActor))) {
      return null; // a refugee begging, residents demanding: voices, not a party's appeal
    }
    if (family == Family.THREAT
        && h.entry().lemmas().get(0).equals("warn")
        && !targets.isEmpty()
        && ActorCategory.POLICE.label().equals(targets.get(0).category())) {
      return null; // "locals warned the police": a tip-off to the authorities, not a threat
    }
    EventStatus status = EventStatusReader.status(ctx, s, h, et, lemmas);
    status = withScope(status, reading, family);
    Speaker source = family.isStatement() ? null : EventStatusReader.source(ctx, s, h);
    if (status == EventStatus.OCCURRED
        && source != null
        && EventStatusReader.isParty(source.name())
        && (family == Family.TERRITORY || family == Family.CLASH)) {
      status = EventStatus.CLAIMED;
    }
    EventPlaces.Located where = EventPlaces.place(ctx, s, tree, lexicon, h, family);
    EventDate date = EventDates.pastIfNotFuture(ctx, s, EventDates.date(ctx, s, h));
    if (reading == Scope.Reading.ALLEGED
        && !family.isStatement()
        && EventDates.datesAllegedAct(ctx, s, tree, head, scope.alleger(tree, head))) {
      // "accused rebels of using chemical arms on Saturday": one dated act, claimed by the
      // accuser; an undated allegation ("accused of directing attacks") reports none
      status = EventStatus.CLAIMED;
    }
    if (EventDates.isBackground(ctx, date) || !family.isStatement() && EventDates.isHistory(s)) {
      boolean verb = ctx.tokens.get(h.first()).isVerb();
      if (family.isStatement()
          || status == EventStatus.HYPOTHETICAL
          || date == null
          || date.precision() != DatePrecision.DAY
              && (date.precision() != DatePrecision.MONTH || !verb)
          || !verb && EventDates.inSentence(ctx, s, h) == null) {
        // what was said or feared long ago, a war's years ("since 2014", "in 2012") summed, or
        // past attacks named in passing ("angered by terrorist attacks in Europe")
        return null;
      }
      // a clause reporting a background act to its day or month ("was abducted on 9 December
      // 2013"), or an act named with its own day ("during a demonstration in Sanaa, Oct. 18,
      // 2014"): one past event, kept with its evidence, marked so maps and totals leave it out
      status = EventStatus.HISTORICAL;
    }
    if (status == EventStatus.OCCURRED
        && date != null
        && ctx.published != null
        && date.start() != null
        && date.start().isAfter(ctx.published)
        && !(counted && isViolent(type))) {
      // a day after publication, with nothing in the clause that looks ahead, is a plan; but the
      // dead and wounded of an attack are counted after it: a dated toll stays a report, whatever
      // date the input gave the article
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
        && !EventDates.hasOwnDate(ctx, s)) {
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

  /**
   * Families whose acts are reported when done, not when foreseen: a "planned" attack, arrest or
   * flight is intent, not an event (talks, evacuations and agreements are announced ahead).
   */
  private static final Set<Family> FORESEEN_ONLY =
      Set.of(Family.ATTACK, Family.CLASH, Family.DETENTION, Family.DISPLACEMENT, Family.TERRITORY);

  /** Families whose acts are announced before they happen: talks, evacuations, agreements. */
  private static final Set<Family> ANNOUNCED_AHEAD =
      Set.of(Family.TALKS, Family.EVACUATION, Family.AGREEMENT);

  /** The status a hit's syntactic scope gives, over what the words around it said. */
  private static EventStatus withScope(EventStatus status, Scope.Reading reading, Family family) {
    return switch (reading) {
      case NEGATED -> family == Family.DENIAL ? status : EventStatus.DENIED;
      case HYPOTHETICAL -> EventStatus.HYPOTHETICAL;
      case INTENDED -> family == Family.EVACUATION ? EventStatus.PLANNED : EventStatus.HYPOTHETICAL;
      // a meeting or a pact one travels for is on the agenda; an attack one sets out for is not
      // yet one
      case PURPOSE ->
          ANNOUNCED_AHEAD.contains(family) ? EventStatus.PLANNED : EventStatus.HYPOTHETICAL;
      case ALLEGED -> EventStatus.HYPOTHETICAL; // claimed once the sentence dates it (build)
      case PLANNED -> {
        if (FORESEEN_ONLY.contains(family)) {
          yield EventStatus.HYPOTHETICAL; // "will continue to defend against attacks": no report
        }
        yield status == EventStatus.OCCURRED || status == EventStatus.ONGOING
            ? EventStatus.PLANNED
            : status;
      }
      default -> status;
    };
  }

  /**
   * A statement trigger that states nothing a party said: a passive with no agent ("requests to
   * deliver aid were denied", "volunteers are asked to"), a verb with two objects (the "refuse"
   * sense: "denied them identity papers"), a noun with no one's statement in it ("the threat of
   * crimes", "those threats": no possessor, no "by").
   */
  private static boolean unsaid(DependencyTree tree, int head, Hit h, Family family) {
    if (!family.isStatement() || !tree.parsed()) {
      return false;
    }
    Token t = tree.token(head);
    if (t.isVerb()) {
      boolean passive =
          tree.dependent(head, "nsubj:pass") >= 0 || tree.dependent(head, "aux:pass") >= 0;
      if (passive && tree.dependent(head, "obl:agent") < 0) {
        return true;
      }
      return tree.dependent(head, "iobj") >= 0;
    }
    if (t.isNoun() && h.end() - h.first() == 1) {
      return tree.dependent(head, "nmod:poss") < 0
          && tree.dependent(head, "nmod:by") < 0
          && tree.dependent(head, "nmod:from") < 0
          && !hasProperModifier(tree, head)
          && !isLightObject(tree, head);
    }
    return false;
  }

  private static boolean hasProperModifier(DependencyTree tree, int n) {
    for (int m : tree.dependents(n, "compound")) {
      if (tree.token(m).isProperNoun()) {
        return true;
      }
    }
    for (int m : tree.dependents(n, "amod")) {
      if (tree.token(m).isProperNoun() || Demonyms.country(tree.lemma(m)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * "issued an appeal", "made a threat": the noun is what its clause's subject does; not what a
   * speech verb reports ("what she says is the threat of crimes").
   */
  private static boolean isLightObject(DependencyTree tree, int n) {
    int g = tree.head(n);
    return g >= 0
        && tree.baseRelation(n).equals("obj")
        && tree.dependent(g, "nsubj") >= 0
        && !LEX.is("speech", tree.lemma(g)); // "what she says is the threat"
  }

  /** A verb of taking ground with no ground: no object, no passive subject, or itself. */
  private static boolean groundless(DependencyTree tree, int head, Hit h) {
    if (!tree.parsed() || h.entry().pos() != 'V' || !tree.token(head).isVerb()) {
      return false;
    }
    if (tree.dependent(head, "obj") >= 0) {
      return reflexiveObject(tree, head);
    }
    if (tree.dependent(head, "obl:as") >= 0) {
      return true; // "took over from her as director": a post, not ground
    }
    return tree.dependent(head, "nsubj:pass") < 0 && tree.dependent(head, "obl") < 0;
  }

  /** Whether a verb's object is a reflexive pronoun ("liberating themselves", "shot himself"). */
  private static boolean reflexiveObject(DependencyTree tree, int verb) {
    if (!tree.parsed() || !tree.token(verb).isVerb()) {
      return false;
    }
    int obj = tree.dependent(verb, "obj");
    if (obj < 0) {
      return false;
    }
    String w = tree.word(obj).toLowerCase(Locale.ROOT);
    return w.endsWith("self") || w.endsWith("selves");
  }

  /** Whether {@code h} is a verb whose object or subject is the head of another hit. */
  private static boolean performsAnother(DependencyTree tree, Hit h, List<Hit> hits) {
    if (!tree.parsed() || h.entry().pos() != 'V') {
      return false;
    }
    int v = syntacticHead(tree, h);
    for (Hit o : hits) {
      if (o == h || o.entry().weak() && !h.entry().weak()) {
        continue; // "was shot dead", parsed with "dead" for object: the shooting is the act
      }
      int n = syntacticHead(tree, o);
      if (tree.head(n) == v
          && (tree.relation(n).equals("obj") || tree.relation(n).equals("nsubj:pass"))
          && (o.entry().family() == h.entry().family() || LEX.is("light-object", tree.lemma(v)))) {
        return true; // "launched an offensive"; but "fled the fighting" is flight
      }
    }
    return false;
  }

  /** The token of a trigger that the tree makes its head: the one governed from outside it. */
  private static int syntacticHead(DependencyTree tree, Hit h) {
    if (!tree.parsed()) {
      return h.first();
    }
    for (int i = h.first(); i < h.end(); i++) {
      int g = tree.head(i);
      if (g < h.first() || g >= h.end()) {
        return i;
      }
    }
    return h.first();
  }

  private static Evidence evidence(EventContext ctx, Sentence s, Hit h) {
    int start = ctx.tokens.get(h.first()).start();
    int end = ctx.tokens.get(h.end() - 1).end();
    String rule = "trigger:" + String.join(" ", h.entry().lemmas()) + "/" + h.entry().pos();
    return new Evidence(
        s.span().start(),
        s.span().end(),
        new Evidence.Trigger(start, end, ctx.text.substring(start, end)),
        rule);
  }

  /** Confidence of an event read from a generic noun alone; the fuser drops it unsupported. */
  public static final double GENERIC = 0.3;

  private static final double SENTENCE_PLACE = 0.9;

  /** A one-word nominal trigger ("attack", "meeting", "protests", "fighting"). */
  private static boolean isBareNoun(EventContext ctx, Hit h) {
    return h.entry().pos() != 'V'
        && h.end() - h.first() == 1
        && !ctx.tokens.get(h.first()).isVerb();
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

  private static String lastLemma(Hit h) {
    List<String> ls = h.entry().lemmas();
    return ls.get(ls.size() - 1);
  }
}
