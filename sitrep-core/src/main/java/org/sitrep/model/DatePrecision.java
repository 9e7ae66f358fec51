package org.sitrep.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precisely a date is known. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR,
  UNKNOWN;

  @JsonValue
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
