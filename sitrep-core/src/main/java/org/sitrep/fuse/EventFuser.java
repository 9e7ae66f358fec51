package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Mention;
import org.sitrep.model.NameMention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.taxonomy.EventStatus;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * Merges events into one per type, place and day, as ACLED codes them; statements (THREAT,
 * ACCUSATION, APPEAL, DENIAL) into one per speaker and day. A sentence anchors an event to a place
 * when it names one below country level, and to a day when it holds a temporal expression; an event
 * without such an anchor is another mention of an event the article reports elsewhere ("the
 * attack", "the talks") and joins the latest event of its type whose place and day do not
 * contradict it. Attacks fuse across weapons: "the bombing" and "the air strike" of one place and
 * day are one attack. Negated and hypothetical actions are not emitted. Counts of one kind are
 * never added across sentences: the fused event keeps the largest. Thread-safe.
 */
public final class EventFuser {
  /** Below this confidence an attack was read from a casualty word alone. */
  static final double WEAK = 0.6;

  /**
   * Below this an event rests on one generic mention (a bare noun with no actor, victim, figure,
   * place or date of its own): it is not emitted unless other sentences support it.
   */
  static final double MIN_CONFIDENCE = 0.35;

  private static final EventConfidence CONFIDENCE = EventConfidence.load();

  /**
   * The extractor's own estimate instead of the calibrated one: what {@code
   * testdata/tools/fit_confidence.py} fits the calibration on ({@code
   * -Dsitrep.rawConfidence=true}).
   */
  private static final boolean RAW_CONFIDENCE = Boolean.getBoolean("sitrep.rawConfidence");

  /** Fuses without the resolved places: a sentence's location names anchor its events. */
  public List<Event> fuse(AnnotatedDocument doc, List<Event> events) {
    return fuse(doc, events, List.of());
  }

  public List<Event> fuse(AnnotatedDocument doc, List<Event> events, List<Place> places) {
    Map<String, Place> byId = new HashMap<>();
    for (Place p : places) {
      byId.put(p.id(), p);
    }
    Locations locations = new Locations(doc);
    Groups groups = new Groups();
    for (Event e : events) {
      if (!emitted(e)) {
        continue;
      }
      String site = anchoredSite(locations, e, byId);
      LocalDate day = anchoredDate(e) ? day(e) : null;
      String key = key(locations, e);
      Group into = findGroup(doc, groups, e, key, site, day, byId);
      if (into == null) {
        groups.add(new Group(key, kind(e), site, day, e));
      } else {
        into.merge(e);
        if (into.site == null && site != null) {
          into.site = site;
          into.event = into.event.withPlace(e.place());
        }
        if (into.day == null) {
          into.day = day;
        }
      }
    }
    List<Event> out = new ArrayList<>();
    int n = 1;
    for (Group g : groups.all) {
      Event e = g.event();
      if (e.confidence() < MIN_CONFIDENCE) {
        continue; // one generic mention and nothing else: no event
      }
      out.add((RAW_CONFIDENCE ? e : CONFIDENCE.calibrated(e)).withId("v" + n++));
    }
    return out;
  }

  /**
   * Whether an extracted event is reported as real (happened, under way, planned, agreed…): negated
   * and hypothetical actions are not events ("there would be no attacks", "any attack would be
   * considered…").
   */
  static boolean emitted(Event e) {
    EventStatus s = EventStatus.parse(e.status());
    return s != EventStatus.HYPOTHETICAL && s != EventStatus.DENIED;
  }

  /**
   * How many of the latest groups of one kind an event with no key of its own may join: an event
   * names "the attack" shortly after the attack it stands for, and the bound keeps fusion linear in
   * the article's length.
   */
  static final int RECENT_GROUPS = 64;

  private static Group findGroup(
      AnnotatedDocument doc,
      Groups groups,
      Event e,
      String key,
      String site,
      LocalDate day,
      Map<String, Place> places) {
    Group same = groups.byKey.get(key);
    if (same != null) {
      return same;
    }
    if (isStatement(e)) {
      return null;
    }
    String kind = kind(e);
    boolean another = marksAnother(doc, e);
    List<Group> ofKind = groups.byKind.getOrDefault(kind, List.of());
    for (int i = ofKind.size() - 1; i >= Math.max(0, ofKind.size() - RECENT_GROUPS); i--) {
      Group g = ofKind.get(i);
      if (another && (g.site == null || !g.site.equals(site))) {
        continue; // "a second corridor came under fire in X": not the one read before
      }
      if (site != null && inOtherCountries(e, g.event, places)) {
        continue; // "in Srebrenica, 8,000 were massacred" in an op-ed on Ghouta: another event
      }
      if (day != null && g.day == null && plannedVersusDone(e, g.event)) {
        continue; // "X met Y, and new talks were declared for Sunday": the next round
      }
      if ((site == null || g.site == null || g.site.equals(site))
          && (day == null || g.day == null || g.day.equals(day))) {
        return g;
      }
    }
    return null;
  }

  /**
   * Whether the two events are placed below country level in two different countries: an event its
   * own sentence puts in a town of another country is another event.
   */
  private static boolean inOtherCountries(Event a, Event b, Map<String, Place> places) {
    Place x = a.place() == null ? null : places.get(a.place());
    Place y = b.place() == null ? null : places.get(b.place());
    return x != null
        && y != null
        && !"country".equals(x.precision())
        && !"country".equals(y.precision())
        && x.country() != null
        && y.country() != null
        && !x.country().equals(y.country());
  }

  /** The groups in the order they were opened, found by key and by kind. */
  private static final class Groups {
    final List<Group> all = new ArrayList<>();
    final Map<String, Group> byKey = new HashMap<>();
    final Map<String, List<Group>> byKind = new HashMap<>();

    void add(Group g) {
      all.add(g);
      byKey.putIfAbsent(g.key, g);
      byKind.computeIfAbsent(g.kind, k -> new ArrayList<>()).add(g);
    }
  }

  /** One of the two is planned and the other has happened or is under way. */
  private static boolean plannedVersusDone(Event a, Event b) {
    EventStatus x = EventStatus.parse(a.status());
    EventStatus y = EventStatus.parse(b.status());
    return x == EventStatus.PLANNED && (y == EventStatus.OCCURRED || y == EventStatus.ONGOING)
        || y == EventStatus.PLANNED && (x == EventStatus.OCCURRED || x == EventStatus.ONGOING);
  }

  private static final Pattern ANOTHER =
      Pattern.compile(
          "(?i)\\b(another|a second|a third|a fourth|a further|a separate|a fresh|a new)"
              + "(\\s+[\\p{L}-]+)?\\s*$");

  private static final Pattern SEPARATELY =
      Pattern.compile(
          "(?i)\\W*(separately|elsewhere|in a separate (incident|attack|development)"
              + "|in another (incident|attack))\\b");

  /**
   * Whether the event's first trigger is introduced as a further one of its kind ("another attack",
   * "a second humanitarian corridor", "a separate raid"): a distinct event, which joins no earlier
   * one unless its own sentence puts it at the same place.
   */
  static boolean marksAnother(AnnotatedDocument doc, Event e) {
    if (e.evidence().isEmpty() || e.evidence().get(0).trigger() == null) {
      return false;
    }
    Evidence first = e.evidence().get(0);
    int from = Math.max(first.start(), first.trigger().start() - 30);
    return ANOTHER.matcher(doc.text().substring(from, first.trigger().start())).find()
        || SEPARATELY
            .matcher(doc.text().substring(first.start(), first.trigger().start()))
            .lookingAt();
  }

  /**
   * One fused event in the making. Its evidence is kept apart, one entry per sentence, so a merge
   * costs the new event's sentences, not all read so far.
   */
  private static final class Group {
    final String key;
    final String kind;
    String site;
    LocalDate day;
    Event event;
    final List<Evidence> evidence = new ArrayList<>();
    final Set<Span> sentences = new HashSet<>();

    Group(String key, String kind, String site, LocalDate day, Event event) {
      this.key = key;
      this.kind = kind;
      this.site = site;
      this.day = day;
      this.event = withEvidence(event, List.of());
      addEvidence(event.evidence());
    }

    void merge(Event e) {
      event = mergeFacts(event, e, List.of());
      addEvidence(e.evidence());
    }

    private void addEvidence(List<Evidence> more) {
      for (Evidence ev : more) {
        if (sentences.add(ev.span())) {
          evidence.add(ev); // one entry per sentence: the first trigger read there stands for it
        }
      }
    }

    Event event() {
      return withEvidence(event, evidence);
    }
  }

  /**
   * The LOCATION names of a document in text order, found by binary search: which names lie in a
   * sentence costs the logarithm of their number, not a pass over all of them.
   */
  static final class Locations {
    private final List<NameMention> names = new ArrayList<>();
    private final int[] starts;

    Locations(AnnotatedDocument doc) {
      for (NameMention m : doc.names()) {
        if (m.label().equals("LOCATION")) {
          names.add(m);
        }
      }
      names.sort(Comparator.comparingInt((NameMention m) -> m.span().start()));
      starts = new int[names.size()];
      for (int i = 0; i < starts.length; i++) {
        starts[i] = names.get(i).span().start();
      }
    }

    /** The first LOCATION name inside {@code sentence}, or null. */
    NameMention firstIn(Span sentence) {
      int i = Arrays.binarySearch(starts, sentence.start());
      if (i < 0) {
        i = -i - 1;
      } else {
        while (i > 0 && starts[i - 1] == sentence.start()) {
          i--;
        }
      }
      for (; i < starts.length && starts[i] < sentence.end(); i++) {
        if (sentence.contains(names.get(i).span())) {
          return names.get(i);
        }
      }
      return null;
    }
  }

  /**
   * What fuses: the type, except that attacks fuse across weapons (a sentence naming "the attack"
   * or "the bombing" says nothing new about one already read as an air strike).
   */
  private static String kind(Event e) {
    return e.type().startsWith("ATTACK") ? "ATTACK" : e.type();
  }

  /**
   * The place the event's own sentence names below country level: its place id when that place is
   * mentioned in the sentence, else the first location name of the sentence when the places are
   * unknown; null when the sentence names no such place.
   */
  static String anchoredSite(Locations doc, Event e, Map<String, Place> places) {
    if (e.evidence().isEmpty()) {
      return null;
    }
    Span first = e.evidence().get(0).span();
    if (places.isEmpty()) {
      String s = site(doc, e);
      return s.startsWith("@") || e.place() != null && doc.firstIn(first) != null ? s : null;
    }
    Place p = e.place() == null ? null : places.get(e.place());
    if (p == null || "country".equals(p.precision())) {
      return null;
    }
    for (Mention m : p.mentions()) {
      if (first.contains(m.span())) {
        return p.id();
      }
    }
    return null;
  }

  /** Whether the event's date was read from a temporal expression, not the publication date. */
  static boolean anchoredDate(Event e) {
    return e.date() != null && e.date().text() != null;
  }

  private static boolean isStatement(Event e) {
    return EventType.fromLabel(e.type()).map(t -> t.family().isStatement()).orElse(false);
  }

  static String key(Locations doc, Event e) {
    String day = String.valueOf(day(e));
    if (isStatement(e)) {
      String speaker = e.actors().isEmpty() ? "?" : speakerKey(e.actors().get(0));
      return e.type() + "|" + speaker + "|" + day;
    }
    return e.type() + "|" + site(doc, e) + "|" + day;
  }

  private static String speakerKey(Participant p) {
    if (p.entity() != null) {
      return p.entity();
    }
    String n = p.name().toLowerCase(Locale.ROOT);
    String[] words = n.split("\\s+");
    return words[words.length - 1];
  }

  private static LocalDate day(Event e) {
    return e.date() == null ? null : e.date().start();
  }

  /** The place id, else the first location name in the event's first sentence, else "". */
  static String site(Locations doc, Event e) {
    if (e.place() != null) {
      return e.place();
    }
    if (e.evidence().isEmpty()) {
      return "";
    }
    NameMention m = doc.firstIn(e.evidence().get(0).span());
    return m == null ? "" : "@" + m.text().toLowerCase(Locale.ROOT);
  }

  private static Event withEvidence(Event e, List<Evidence> evidence) {
    return new Event(
        e.id(),
        e.type(),
        e.status(),
        e.date(),
        e.place(),
        e.actors(),
        e.targets(),
        e.counts(),
        e.source(),
        evidence,
        e.confidence());
  }

  /** Everything but the evidence of two events read as one; the evidence is {@code evidence}. */
  static Event mergeFacts(Event a, Event b, List<Evidence> evidence) {
    EventStatus status =
        EventStatus.merge(EventStatus.parse(a.status()), EventStatus.parse(b.status()));
    EventDate date = betterDate(a.date(), b.date());
    String type = a.type();
    if (a.confidence() < WEAK && b.confidence() >= WEAK) {
      type = b.type();
    }
    double confidence = Math.min(0.99, 1 - (1 - a.confidence()) * (1 - b.confidence()));
    return new Event(
        a.id(),
        type,
        status.label(),
        date,
        a.place() != null ? a.place() : b.place(),
        union(a.actors(), b.actors()),
        union(a.targets(), b.targets()),
        mergeCounts(a.counts(), b.counts()),
        a.source() != null ? a.source() : b.source(),
        evidence,
        Math.round(confidence * 100) / 100.0);
  }

  private static EventDate betterDate(EventDate a, EventDate b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return rank(b.precision()) < rank(a.precision()) ? b : a;
  }

  private static int rank(DatePrecision p) {
    return p == null ? 9 : p.ordinal();
  }

  static List<Participant> union(List<Participant> a, List<Participant> b) {
    List<Participant> out = new ArrayList<>(a);
    for (Participant p : b) {
      boolean dup = false;
      for (Participant q : out) {
        String x = p.name().toLowerCase(Locale.ROOT);
        String y = q.name().toLowerCase(Locale.ROOT);
        if (x.contains(y) || y.contains(x) || p.entity() != null && p.entity().equals(q.entity())) {
          dup = true;
          break;
        }
      }
      if (!dup) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * One count per kind: an exact figure over a range ("hundreds"), else the one with the highest
   * floor.
   */
  static List<Count> mergeCounts(List<Count> a, List<Count> b) {
    Map<String, Count> byKind = new LinkedHashMap<>();
    for (Count c : a) {
      byKind.merge(c.kind(), c, EventFuser::larger);
    }
    for (Count c : b) {
      byKind.merge(c.kind(), c, EventFuser::larger);
    }
    return new ArrayList<>(byKind.values());
  }

  private static Count larger(Count x, Count y) {
    if ((x.value() == null) != (y.value() == null)) {
      return x.value() != null ? x : y; // "37 were killed" says more than "scores died"
    }
    long fx = figure(x);
    long fy = figure(y);
    if (fx != fy) {
      return fx > fy ? x : y;
    }
    if (x.value() != null && !x.value().equals(y.value())) {
      return x.value() > y.value() ? x : y; // "at least 31" over "more than 30"
    }
    return x;
  }

  /**
   * What a count vouches for at least: its lower bound where it has one, so an upper bound alone
   * ("up to 500", min 0) gives way to a floor ("at least 250") and a rising toll to the higher one.
   */
  private static long figure(Count c) {
    if (c.min() != null) {
      return c.min();
    }
    return c.value() != null ? c.value() : 0;
  }

  /** Whether a family is fused by speaker rather than place. */
  static boolean bySpeaker(Family f) {
    return f.isStatement();
  }
}
