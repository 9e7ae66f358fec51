package org.sitrep.geo.resolve;

import org.sitrep.geo.GeoEntry;

/**
 * A gazetteer entry a name may refer to.
 *
 * @param entry the entry
 * @param mainName whether the name is the entry's main name (not an alternate)
 * @param loose whether it was found only by the looser transliteration skeleton
 */
public record Candidate(GeoEntry entry, boolean mainName, boolean loose) {}
