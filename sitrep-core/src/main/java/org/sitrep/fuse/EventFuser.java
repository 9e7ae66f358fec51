package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    List<Group> groups = new ArrayList<>();
    for (Event e : events) {
      if (!emitted(e)) {
        continue;
      }
      String site = anchoredSite(doc, e, byId);
      LocalDate day = anchoredDate(e) ? day(e) : null;
      Group into = findGroup(doc, groups, e, site, day);
      if (into == null) {
        groups.add(new Group(key(doc, e), kind(e), site, day, e));
      } else {
        into.event = merge(into.event, e);
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
    for (Group g : groups) {
      Event e = g.event;
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

  private static Group findGroup(
      AnnotatedDocument doc, List<Group> groups, Event e, String site, LocalDate day) {
    String key = key(doc, e);
    for (int i = groups.size() - 1; i >= 0; i--) {
      if (groups.get(i).key.equals(key)) {
        return groups.get(i);
      }
    }
    if (isStatement(e)) {
      return null;
    }
    String kind = kind(e);
    boolean another = marksAnother(doc, e);
    for (int i = groups.size() - 1; i >= 0; i--) {
      Group g = groups.get(i);
      if (another && (g.site == null || !g.site.equals(site))) {
        continue; // "a second corridor came under fire in X": not the one read before
      }
      if (day != null && g.day == null && plannedVersusDone(e, g.event)) {
        continue; // "X met Y, and new talks were declared for Sunday": the next round
      }
      if (g.kind.equals(kind)
          && (site == null || g.site == null || g.site.equals(site))
          && (day == null || g.day == null || g.day.equals(day))) {
        return g;
      }
    }
    return null;
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

  private static final class Group {
    final String key;
    final String kind;
    String site;
    LocalDate day;
    Event event;

    Group(String key, String kind, String site, LocalDate day, Event event) {
      this.key = key;
      this.kind = kind;
      this.site = site;
      this.day = day;
      this.event = event;
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
  static String anchoredSite(AnnotatedDocument doc, Event e, Map<String, Place> places) {
    if (e.evidence().isEmpty()) {
      return null;
    }
    Span first = e.evidence().get(0).span();
    if (places.isEmpty()) {
      String s = site(doc, e);
      return s.startsWith("@") || e.place() != null && hasLocation(doc, first) ? s : null;
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

  private static boolean hasLocation(AnnotatedDocument doc, Span sentence) {
    for (NameMention m : doc.names()) {
      if (m.label().equals("LOCATION") && sentence.contains(m.span())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the event's date was read from a temporal expression, not the publication date. */
  static boolean anchoredDate(Event e) {
    return e.date() != null && e.date().text() != null;
  }

  private static boolean isStatement(Event e) {
    return EventType.fromLabel(e.type()).map(t -> t.family().isStatement()).orElse(false);
  }

  static String key(AnnotatedDocument doc, Event e) {
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
  static String site(AnnotatedDocument doc, Event e) {
    if (e.place() != null) {
      return e.place();
    }
    if (e.evidence().isEmpty()) {
      return "";
    }
    Span first = e.evidence().get(0).span();
    for (NameMention m : doc.names()) {
      if (m.label().equals("LOCATION") && first.contains(m.span())) {
        return "@" + m.text().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  static Event merge(Event a, Event b) {
    List<Evidence> evidence = new ArrayList<>(a.evidence());
    for (Evidence ev : b.evidence()) {
      if (evidence.stream().noneMatch(x -> x.span().equals(ev.span()))) {
        evidence.add(ev); // one entry per sentence: the first trigger read there stands for it
      }
    }
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

  /** One count per kind: an exact figure over a range ("hundreds"), else the largest figure. */
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
    return x.value() != null ? x : y;
  }

  private static long figure(Count c) {
    return c.value() != null ? c.value() : c.min() == null ? 0 : c.min();
  }

  /** Whether a family is fused by speaker rather than place. */
  static boolean bySpeaker(Family f) {
    return f.isStatement();
  }
}
