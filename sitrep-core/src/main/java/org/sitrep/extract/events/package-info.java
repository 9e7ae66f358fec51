/**
 * Extract events: {@link org.sitrep.extract.events.RuleEventExtractor} implements the {@link
 * org.sitrep.extract.events.EventExtractor} stage. {@code TriggerMatcher} finds triggers from
 * {@code triggers.tsv} ({@code TriggerLexicon}, senses filtered by {@code TriggerSenses}); {@code
 * NounPhrases} and {@code Participants} read actors and targets (countries via {@code Demonyms},
 * {@code demonyms.tsv}), {@code EventStatusReader} status and source, {@code EventPlaces} and
 * {@code EventDates} place and date; {@code QuotedStatements} gives statements made inside a
 * quotation its speaker.
 */
package org.sitrep.extract.events;
