/**
 * Extract: reading facts from an annotated document, one sub-package per extractor. {@code
 * entities} finds people, organisations, institutions and groups with their roles ({@code
 * EntityExtractor}); {@code dates} normalises temporal expressions ({@code DateExtractor}); {@code
 * quotes} finds quotations and their speakers ({@code QuoteExtractor}); {@code events} reads events
 * from trigger patterns ({@code RuleEventExtractor}, behind the {@code EventExtractor} stage
 * interface); {@code counts} reads the figures of people killed, injured, displaced… that events
 * carry. {@code text} holds the word lists and token look-ups these share.
 */
package org.sitrep.extract;
