package org.sitrep.fuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Count;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.NameMention;
import org.sitrep.model.Participant;
import org.sitrep.model.Span;
import org.sitrep.taxonomy.EventStatus;
import org.sitrep.taxonomy.EventType;
import org.sitrep.taxonomy.Family;

/**
 * Merges events into one per type, place and day; statements (THREAT, ACCUSATION, APPEAL, DENIAL)
 * into one per speaker and day. An event with no resolved place is keyed by the first location
 * name of its sentence; one whose sentence names none joins the latest event of its type and day
 * (the sentence goes on about it). A casualty-only attack ("12 people were killed", low
 * confidence) joins the attack of its place and day whatever that attack's sub-type. Counts of one
 * kind are never added across sentences: the fused event keeps the largest. Thread-safe.
 */
public final class EventFuser {
  /** Below this confidence an attack was read from a casualty word alone. */
  static final double WEAK = 0.6;

  public List<Event> fuse(AnnotatedDocument doc, List<Event> events) {
    List<Group> groups = new ArrayList<>();
    for (Event e : events) {
      String key = key(doc, e);
      Group into = null;
      for (int i = groups.size() - 1; i >= 0 && into == null; i--) {
        Group g = groups.get(i);
        if (g.key.equals(key)) {
          into = g;
        }
      }
      if (into == null && siteless(doc, e) && !isStatement(e)) {
        for (int i = groups.size() - 1; i >= 0 && into == null; i--) {
          Group g = groups.get(i);
          if (g.type.equals(e.type()) && Objects.equals(g.day, day(e))) {
            into = g;
          }
        }
      }
      if (into == null && e.family().equals("ATTACK")) {
        for (int i = groups.size() - 1; i >= 0 && into == null; i--) {
          Group g = groups.get(i);
          boolean weak = e.confidence() < WEAK || g.event.confidence() < WEAK;
          if (weak && g.event.family().equals("ATTACK") && g.site.equals(site(doc, e))
              && Objects.equals(g.day, day(e))) {
            into = g;
          }
        }
      }
      if (into == null) {
        groups.add(new Group(key, e.type(), site(doc, e), day(e), e));
      } else {
        into.event = merge(into.event, e);
      }
    }
    List<Event> out = new ArrayList<>();
    int n = 1;
    for (Group g : groups) {
      Event e = g.event;
      out.add(new Event("v" + n++, e.type(), e.status(), e.date(), e.place(), e.actors(),
          e.targets(), e.counts(), e.source(), e.evidence(), e.confidence()));
    }
    return out;
  }

  private static final class Group {
    final String key;
    final String type;
    final String site;
    final LocalDate day;
    Event event;

    Group(String key, String type, String site, LocalDate day, Event event) {
      this.key = key;
      this.type = type;
      this.site = site;
      this.day = day;
      this.event = event;
    }
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

  private static boolean siteless(AnnotatedDocument doc, Event e) {
    return site(doc, e).isEmpty();
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
      if (!evidence.contains(ev)) {
        evidence.add(ev);
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
        if (x.contains(y) || y.contains(x)
            || p.entity() != null && p.entity().equals(q.entity())) {
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

  /** One count per kind: the largest figure; an exact value beats a range at the same figure. */
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
