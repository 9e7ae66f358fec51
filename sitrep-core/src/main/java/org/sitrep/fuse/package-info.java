/**
 * The fuse stage: merges the events the extractor read sentence by sentence into one event per
 * type, place and day (statements: per speaker and day), as the output contract and ACLED's
 * codebook ask, keeping every evidence sentence and the largest figure of each count kind, so that
 * a death several sentences describe is counted once. Its last step, {@link
 * org.sitrep.fuse.HistoricalEvents}, marks events dated long before publication {@code historical}.
 */
package org.sitrep.fuse;
