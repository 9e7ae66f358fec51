/**
 * The gazetteer's binary index format: what the build writes and {@link
 * org.sitrep.geo.Gazetteer#load()} reads. Internal to the module.
 */
package org.sitrep.geo.index;
