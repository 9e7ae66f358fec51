/**
 * Syntax: what the Universal Dependencies tree of a sentence says about an event trigger. {@link
 * org.sitrep.extract.syntax.DependencyTree} indexes a parsed sentence; {@link
 * org.sitrep.extract.syntax.Scope} reads whether a trigger is reported as real or sits under
 * negation, a condition, a modal, an irrealis governor ("plan to", "threatened to"), a generic
 * nominal governor ("an end to", "the number of") or background (a relative clause in the past
 * perfect); {@link org.sitrep.extract.syntax.Roles} reads its actor and target. The rules are
 * written over UD relations; the words they need are in {@code syntax.tsv}, so another language
 * needs a lexicon, not new code.
 */
package org.sitrep.extract.syntax;
