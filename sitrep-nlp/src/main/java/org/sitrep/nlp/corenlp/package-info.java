/**
 * The Stanford CoreNLP wrapper: the only package that imports {@code edu.stanford.nlp}. {@link
 * org.sitrep.nlp.corenlp.NlpSettings} says what to run; {@link
 * org.sitrep.nlp.corenlp.CoreNlpProperties} is the one place that turns it into CoreNLP's
 * string-keyed configuration; {@link org.sitrep.nlp.corenlp.CoreNlpAnnotator} runs the pipeline and
 * converts its output into sitrep records at once.
 */
package org.sitrep.nlp.corenlp;
