/**
 * Resolve places: the stage interface that finds toponyms in an annotated document and resolves
 * them to coordinates. The gazetteer-backed implementation lives in the {@code sitrep-geo} module.
 */
package org.sitrep.geo;
