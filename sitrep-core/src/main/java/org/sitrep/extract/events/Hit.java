package org.sitrep.extract.events;

/** A trigger found in a sentence: tokens {@code [first, end)} as document indexes. */
record Hit(TriggerLexicon.Entry entry, int first, int end) {}
