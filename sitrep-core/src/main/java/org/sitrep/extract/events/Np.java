package org.sitrep.extract.events;

/** A noun phrase: tokens {@code [first, end)}, its text and lower-case head lemma. */
record Np(int first, int end, String text, String head, boolean pronoun, boolean hasNumber) {}
