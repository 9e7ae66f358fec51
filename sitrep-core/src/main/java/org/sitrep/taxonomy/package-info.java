/**
 * The event taxonomy of {@code spec/taxonomy.md} in code: families, the 22 types with their ACLED
 * and PLOVER equivalents, statuses, count kinds and actor categories. Exports read the mappings
 * from here; extractors only ever emit values of these enums.
 */
package org.sitrep.taxonomy;
