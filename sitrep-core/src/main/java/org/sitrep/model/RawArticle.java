package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as it arrived, before cleaning: its body in {@code format}, plus what the input said
 * about it. Fields other than {@code origin} and {@code body} may be null.
 *
 * @param origin where it came from, for messages: a file path, {@code file.jsonl:12}, or {@code -}
 * @param id the id the input gave, or null (the content hash is used then)
 * @param format text or HTML
 * @param body the text or HTML as read
 * @param published publication date given with the input, or null
 * @param title title given with the input, or null
 * @param source outlet, URL or file it came from, or null
 */
public record RawArticle(
    String origin,
    String id,
    SourceFormat format,
    String body,
    LocalDate published,
    String title,
    String source) {
  public RawArticle {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(body, "body");
  }

  public RawArticle withPublishedIfMissing(LocalDate fallback) {
    return published != null || fallback == null
        ? this
        : new RawArticle(origin, id, format, body, fallback, title, source);
  }
}
