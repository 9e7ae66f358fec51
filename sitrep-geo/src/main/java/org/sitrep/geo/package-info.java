/**
 * Places: the offline gazetteer and the resolve-places stage. {@link org.sitrep.geo.Gazetteer}
 * loads the index the build compiled from GeoNames data; {@link
 * org.sitrep.geo.GazetteerPlaceResolver} finds the toponyms of an annotated document (the NLP
 * stage's location names plus gazetteer matches it missed), scores each name's candidates with the
 * document's context and returns them as {@link org.sitrep.model.Place} records; {@link
 * org.sitrep.geo.BaselinePlaceResolver} is the naive most-populous-namesake baseline it is measured
 * against.
 */
package org.sitrep.geo;
