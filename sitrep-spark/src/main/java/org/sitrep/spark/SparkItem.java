package org.sitrep.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/**
 * An input item on its way to an executor: an article read, or why one could not be, with its place
 * in input order ({@code ordinal}: the file's index in the high 32 bits, the item's in the low).
 */
record SparkItem(
    long ordinal,
    String origin,
    String id,
    String format,
    String body,
    LocalDate published,
    String title,
    String source,
    String problem)
    implements Serializable {
  static SparkItem of(long ordinal, InputItem item) {
    if (item instanceof InputItem.Failed f) {
      return new SparkItem(ordinal, f.origin(), f.id(), null, null, null, null, null, f.reason());
    }
    RawArticle a = ((InputItem.Read) item).article();
    return new SparkItem(
        ordinal,
        a.origin(),
        a.id(),
        a.format().name(),
        a.body(),
        a.published(),
        a.title(),
        a.source(),
        null);
  }

  RawArticle article() {
    return new RawArticle(origin, id, SourceFormat.valueOf(format), body, published, title, source);
  }
}
