/**
 * The store: an embedded DuckDB file holding articles, entities, places, events, counts, quotes,
 * provenance and failures. {@link org.sitrep.store.Store} opens it and brings its schema up to date
 * with Flyway; {@link org.sitrep.store.Ingester} writes one article per transaction, skipping texts
 * already stored, so a batch can be killed and run again; {@link org.sitrep.store.EventQuery} and
 * {@link org.sitrep.store.Exporter} read it back. Every query is parameterised.
 */
package org.sitrep.store;
