/**
 * Shared text helpers of the extractors: closed English word lists ({@code Lexicon} for entities
 * and speakers, {@code Phrases} for events and counts) and {@code TokenIndex}, which looks up a
 * document's tokens and sentences by character offset. No names of places or people.
 */
package org.sitrep.extract.text;
