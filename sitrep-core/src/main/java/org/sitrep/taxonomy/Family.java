package org.sitrep.taxonomy;

import java.util.Locale;

/** The part of an event type before the dot. */
public enum Family {
  ATTACK,
  CLASH,
  TERRITORY,
  DETENTION,
  CEASEFIRE,
  EVACUATION,
  DISPLACEMENT,
  SERVICES_DISRUPTED,
  AID,
  TALKS,
  AGREEMENT,
  SANCTION,
  THREAT,
  ACCUSATION,
  APPEAL,
  DENIAL,
  PROTEST;

  /** Statements are one event per speaker per day, not per place. */
  public boolean isStatement() {
    return this == THREAT || this == ACCUSATION || this == APPEAL || this == DENIAL;
  }

  public String label() {
    return name();
  }

  public static Family parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
