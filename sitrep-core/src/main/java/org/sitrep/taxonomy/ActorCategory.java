package org.sitrep.taxonomy;

import java.util.Locale;

/**
 * What kind of actor or target a participant is ({@code spec/taxonomy.md}, "Actors and targets"),
 * with the ACLED actor type an export writes for it.
 */
public enum ActorCategory {
  STATE_FORCES("State forces"),
  GOVERNMENT("State forces"),
  REBELS("Rebel groups"),
  MILITIA("Political militias"),
  POLICE("State forces"),
  CIVILIANS("Civilians"),
  IGO("External/Other forces"),
  NGO("Civilians"),
  OFFICIALS("State forces"),
  MEDIA("Civilians"),
  UNKNOWN(null);

  private final String acledActorType;

  ActorCategory(String acledActorType) {
    this.acledActorType = acledActorType;
  }

  /** The contract's spelling: {@code state-forces}, {@code igo}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** ACLED's actor type for this category, or null. */
  public String acledActorType() {
    return acledActorType;
  }

  public static ActorCategory fromLabel(String label) {
    return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
