package org.sitrep.eval;

import org.sitrep.model.Analysis;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;

/**
 * Maps a prediction's offsets (into the analysed, cleaned text) back to the input text the keys'
 * offsets point into, through {@link Analysis#toSource()}. A missing map (an analysis read back
 * from JSON) is taken as the identity.
 */
final class SourceSpans {
  private SourceSpans() {}

  /** The source span of {@code [start, end)}, or null when the span is malformed. */
  static Span of(Analysis analysis, int start, int end) {
    if (start < 0 || end < start) {
      return null;
    }
    Span clean = new Span(start, end);
    OffsetMap map = analysis.toSource();
    return map == null ? clean : map.toSource(clean);
  }

  static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }
}
