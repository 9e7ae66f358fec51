package org.sitrep.taxonomy;

import java.util.Locale;

/** What a count counts ({@code spec/output-contract.md}, "Count kinds"). */
public enum CountKind {
  KILLED,
  INJURED,
  MISSING,
  CAPTURED,
  EVACUATED,
  PLANNED_EVACUEES,
  DISPLACED,
  REFUGEES,
  ARRESTED,
  OTHER;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static CountKind parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
