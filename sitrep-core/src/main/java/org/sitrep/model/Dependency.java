package org.sitrep.model;

/**
 * One typed dependency inside a sentence, between token indexes that are document-wide.
 *
 * @param relation the Universal Dependencies relation, e.g. {@code nsubj}, {@code obl:agent}
 * @param governor index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 */
public record Dependency(String relation, int governor, int dependent) {}
