package org.sitrep.model;

import java.time.LocalDate;

/** The {@code document} block of the output contract. */
public record DocumentInfo(
    String id, String sha256, String title, LocalDate published, String source, String text) {
  public static DocumentInfo of(CleanDocument d) {
    return new DocumentInfo(d.id(), d.sha256(), d.title(), d.published(), d.source(), d.text());
  }
}
