/**
 * Extract entities: {@link org.sitrep.extract.entities.EntityExtractor} turns the name mentions of
 * an annotated document into entities (people, organisations, institutions, groups, nationalities),
 * merges each one's mentions and reads its role where the text gives one.
 */
package org.sitrep.extract.entities;
