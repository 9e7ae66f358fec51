package org.sitrep.nlp;

import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;

/** The annotate stage. Implementations are thread-safe: one instance serves a worker pool. */
public interface Annotator {
  AnnotatedDocument annotate(CleanDocument document);

  /** What the annotator runs, for provenance: e.g. {@code corenlp 4.5.10 tokenize,ssplit,…}. */
  String description();
}
