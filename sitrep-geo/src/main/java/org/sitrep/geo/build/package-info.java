/**
 * Build-time tools: {@link org.sitrep.geo.build.GazetteerCompiler} turns the GeoNames-derived data
 * packages the build fetched and the hand-written tables in {@code src/main/gazetteer} into the
 * packaged index. Not used at run time.
 */
package org.sitrep.geo.build;
