package org.sitrep.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Participant;
import org.sitrep.model.Quote;
import org.sitrep.taxonomy.EventType;

/**
 * Gives a statement read inside a quotation ("I urge the parties to let aid through", "we warn
 * them") the quotation's speaker as its actor when the sentence names none. Runs after quotes and
 * events are extracted and before events are fused, so statements fuse per speaker.
 */
public final class QuotedStatements {
  private QuotedStatements() {}

  /** The events, with speakers of quotations as the actors of statements made inside them. */
  public static List<Event> withSpeakers(List<Event> events, List<Quote> quotes) {
    if (quotes.isEmpty()) {
      return events;
    }
    List<Event> out = new ArrayList<>(events.size());
    for (Event e : events) {
      Quote q = statementQuote(e, quotes);
      if (q == null) {
        out.add(e);
        continue;
      }
      Participant speaker =
          new Participant(q.speaker().name(), q.speaker().entity(), null, "unknown");
      out.add(e.withActors(List.of(speaker)));
    }
    return out;
  }

  /** The quotation holding the trigger of an actorless statement, when its speaker is known. */
  private static Quote statementQuote(Event e, List<Quote> quotes) {
    boolean statement =
        EventType.fromLabel(e.type()).map(t -> t.family().isStatement()).orElse(false);
    if (!statement || !e.actors().isEmpty() || e.evidence().isEmpty()) {
      return null;
    }
    Evidence.Trigger t = e.evidence().get(0).trigger();
    if (t == null) {
      return null;
    }
    for (Quote q : quotes) {
      if (q.speaker() != null && q.start() <= t.start() && t.end() <= q.end()) {
        return q;
      }
    }
    return null;
  }
}
