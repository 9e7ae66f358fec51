package org.sitrep.extract.events;

/** A trigger found in a sentence: tokens {@code [first, end)} as document indexes. */
record Hit(TriggerLexicon.Entry entry, int first, int end) {
  /** Whether token {@code index} is one of the trigger's. */
  boolean covers(int index) {
    return index >= first && index < end;
  }
}
