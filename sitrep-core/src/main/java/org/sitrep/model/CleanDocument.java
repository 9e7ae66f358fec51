package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article after cleaning: the exact text every later stage analyses and every offset points
 * into.
 *
 * @param id the input's id, else the content hash
 * @param sha256 hex SHA-256 of {@code text}
 * @param title title, or null
 * @param published publication date, or null
 * @param source outlet, URL or file, or null
 * @param text the analysed text
 * @param toSource maps offsets in {@code text} back to the text as it arrived (for plain text;
 *     identity for HTML, whose source offsets are not text offsets)
 */
public record CleanDocument(
    String id,
    String sha256,
    String title,
    LocalDate published,
    String source,
    String text,
    OffsetMap toSource) {
  public CleanDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toSource, "toSource");
  }
}
