/**
 * Extract counts: {@link org.sitrep.extract.counts.CountFinder} reads the numbers of people a
 * sentence reports killed, injured, arrested, displaced or evacuated ({@code NumberWords} for "a
 * dozen", "1.3 million", "at least"), and {@link org.sitrep.extract.counts.EventCounts} gives each
 * figure to the event of the sentence whose family fits it.
 */
package org.sitrep.extract.counts;
