/**
 * Extract quotations and speakers: {@link org.sitrep.extract.quotes.QuoteFinder} finds direct
 * quotations (also across paragraphs), {@link org.sitrep.extract.quotes.QuoteExtractor} attributes
 * each by ordered rules, with {@code SpeakerFinder} reading speech-verb subjects and resolving
 * pronouns and {@code Genders} keeping "she said" off a man.
 */
package org.sitrep.extract.quotes;
