package org.sitrep.model;

/**
 * One typed dependency inside a sentence, between token indexes that are document-wide.
 *
 * @param relation the Universal Dependencies relation, e.g. {@code nsubj}, {@code obl:agent}
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param extra true for an edge the enhanced graph adds to the basic tree (a subject shared by
 *     coordinated verbs, the antecedent of a relative pronoun); false for a tree edge
 */
public record Dependency(String relation, int governor, int dependent, boolean extra) {
  /** A basic-tree edge. */
  public Dependency(String relation, int governor, int dependent) {
    this(relation, governor, dependent, false);
  }
}
