/**
 * Toponym resolution: candidates of a name ({@link org.sitrep.geo.resolve.Candidate}), what the
 * text around it says ({@link org.sitrep.geo.resolve.Cues}, {@link
 * org.sitrep.geo.resolve.Metonymy}), what the document as a whole says ({@link
 * org.sitrep.geo.resolve.Focus}) and the score that weighs them ({@link
 * org.sitrep.geo.resolve.CandidateScorer}).
 */
package org.sitrep.geo.resolve;
