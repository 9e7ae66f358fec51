package org.sitrep.link;

import java.util.Map;

/**
 * What {@link PairRules} says of two reports.
 *
 * @param kind whether they may be one incident, and if so, whether the score links them
 * @param score 0 to 1; meaningful when compatible
 * @param rule the rules that held, joined by '+', or the rule that kept them apart
 * @param detail the measured parts: text similarity, distance, place and day rules
 */
public record Verdict(Kind kind, double score, String rule, Map<String, Object> detail) {
  /** The three outcomes of comparing two reports. */
  public enum Kind {
    /** They can never be one incident (another family, other days, another town...). */
    APART,
    /** They may be one incident, but the evidence does not link them on its own. */
    COMPATIBLE,
    /** They are linked. */
    LINKED
  }

  public boolean linked() {
    return kind == Kind.LINKED;
  }

  public boolean apart() {
    return kind == Kind.APART;
  }

  static Verdict apart(String rule) {
    return new Verdict(Kind.APART, 0, rule, Map.of());
  }
}
