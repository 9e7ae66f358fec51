package org.sitrep.taxonomy;

import java.util.Locale;
import java.util.Optional;

/**
 * The 22 event types of {@code spec/taxonomy.md}, each with its family and the ACLED event type ›
 * sub-event type and PLOVER category an export writes for it (null where the ontology has none).
 */
public enum EventType {
  ATTACK_SHELLING(
      Family.ATTACK, "Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
  ATTACK_AIRSTRIKE(Family.ATTACK, "Explosions/Remote violence", "Air/drone strike", "ASSAULT"),
  ATTACK_EXPLOSIVE(
      Family.ATTACK, "Explosions/Remote violence", "Remote explosive/landmine/IED", "ASSAULT"),
  ATTACK_CIVILIANS(Family.ATTACK, "Violence against civilians", "Attack", "ASSAULT"),
  CLASH(Family.CLASH, "Battles", "Armed clash", "ASSAULT"),
  TERRITORY_TAKEN(Family.TERRITORY, "Battles", "Non-state actor overtakes territory", "SEIZE"),
  TERRITORY_ENCIRCLED(Family.TERRITORY, "Strategic developments", "Other", "COERCE"),
  TERRITORY_REPELLED(Family.TERRITORY, "Battles", "Government regains territory", "RETREAT"),
  DETENTION(Family.DETENTION, "Strategic developments", "Arrests", "COERCE"),
  CEASEFIRE(Family.CEASEFIRE, "Strategic developments", "Agreement", "AGREE"),
  EVACUATION(Family.EVACUATION, "Strategic developments", "Other", "AID"),
  DISPLACEMENT(Family.DISPLACEMENT, null, null, null),
  SERVICES_DISRUPTED(
      Family.SERVICES_DISRUPTED, "Strategic developments", "Looting/property destruction", null),
  AID(Family.AID, null, null, "AID"),
  TALKS(Family.TALKS, null, null, "CONSULT"),
  AGREEMENT(Family.AGREEMENT, "Strategic developments", "Agreement", "AGREE"),
  SANCTION(Family.SANCTION, null, null, "SANCTION"),
  THREAT(Family.THREAT, null, null, "THREATEN"),
  ACCUSATION(Family.ACCUSATION, null, null, "ACCUSE"),
  APPEAL(Family.APPEAL, null, null, "REQUEST"),
  DENIAL(Family.DENIAL, null, null, "REJECT"),
  PROTEST(Family.PROTEST, "Protests", "Peaceful protest", "PROTEST");

  private final Family family;
  private final String acledType;
  private final String acledSubType;
  private final String plover;

  EventType(Family family, String acledType, String acledSubType, String plover) {
    this.family = family;
    this.acledType = acledType;
    this.acledSubType = acledSubType;
    this.plover = plover;
  }

  public Family family() {
    return family;
  }

  /** ACLED event type, or null when ACLED does not code this type. */
  public String acledType() {
    return acledType;
  }

  /** ACLED sub-event type, or null. */
  public String acledSubType() {
    return acledSubType;
  }

  /** PLOVER event category, or null. */
  public String plover() {
    return plover;
  }

  /** The contract's spelling: {@code ATTACK.SHELLING}, {@code CLASH}. */
  public String label() {
    return name().startsWith(family.name() + "_")
        ? family.name() + "." + name().substring(family.name().length() + 1)
        : name();
  }

  /** The type a contract label names ({@code ATTACK.SHELLING}), if any. */
  public static Optional<EventType> fromLabel(String label) {
    if (label == null) {
      return Optional.empty();
    }
    String key = label.trim().toUpperCase(Locale.ROOT);
    for (EventType t : values()) {
      if (t.label().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #fromLabel} for a label that must be valid. */
  public static EventType expect(String label) {
    return fromLabel(label)
        .orElseThrow(() -> new IllegalArgumentException("unknown event type: " + label));
  }
}
