/**
 * Toponym recognition: which spans of an annotated document name places. The NLP stage's location
 * names come first; gazetteer names it missed and demonyms are added under guards against person
 * names and common words ({@link org.sitrep.geo.recognize.ToponymRecognizer}).
 */
package org.sitrep.geo.recognize;
