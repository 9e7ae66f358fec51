/**
 * NLP: the stage interface that turns a cleaned document into sentences, tokens (with offsets,
 * parts of speech and lemmas), name mentions and dependencies. The implementation that wraps
 * Stanford CoreNLP lives in the {@code sitrep-nlp} module; nothing else sees CoreNLP types.
 */
package org.sitrep.nlp;
