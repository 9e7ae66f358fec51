package org.sitrep.store;

import java.util.Objects;
import org.sitrep.clean.Cleaner;
import org.sitrep.model.Analysis;

/**
 * What produced the facts of an article: sitrep's version and commit, the annotator (CoreNLP
 * version and annotators), and the place resolver (gazetteer and its hash).
 */
public record Provenance(
    String sitrepVersion, String sitrepCommit, String annotator, String gazetteer) {
  public Provenance {
    Objects.requireNonNull(sitrepVersion, "sitrepVersion");
    Objects.requireNonNull(sitrepCommit, "sitrepCommit");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /** A stable key: the same provenance always gets the same id. */
  public String id() {
    return Cleaner.sha256(
            String.join(
                "\u0000", sitrepVersion, sitrepCommit, annotator, gazetteer, Analysis.SCHEMA))
        .substring(0, 16);
  }
}
