/**
 * Extract: reading facts from an annotated document — entities with their roles, normalised dates,
 * quotations with their speakers, and (through {@link org.sitrep.extract.EventExtractor}) events.
 * Each extractor is a small stateless class over sitrep's own records.
 */
package org.sitrep.extract;
