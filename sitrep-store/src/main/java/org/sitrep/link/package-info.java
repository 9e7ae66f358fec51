/**
 * Linking stage: after an article is stored, its events are linked to the events other articles
 * report of the same happening, and incidents are formed from those links (README, "Incidents").
 *
 * <p>{@link org.sitrep.link.IncidentLinker} runs it; {@link org.sitrep.link.PairRules} decides
 * whether two reports may be one incident (family, status, days, places, named attacks) and scores
 * them, with the evidence similarity of {@link org.sitrep.link.TextSimilarity} (Lucene's English
 * analysis and BM25); {@link org.sitrep.link.Clusterer} turns links into incidents; {@link
 * org.sitrep.link.Reconciler} keeps every claimed figure and reconciles them. A pair's verdict
 * depends on the two reports alone, so incidents do not depend on the order articles came in.
 */
package org.sitrep.link;
