/**
 * Extract dates: {@link org.sitrep.extract.dates.DateExtractor} finds temporal expressions
 * ("yesterday", "on Sunday", "5 March", "the 10th day of the conflict") and normalises them against
 * the publication date, with a few regular expressions instead of SUTime.
 */
package org.sitrep.extract.dates;
