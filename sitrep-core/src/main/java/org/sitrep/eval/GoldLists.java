package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Null-tolerant copies for the gold records' list fields. */
final class GoldLists {
  private GoldLists() {}

  /** An unmodifiable copy without null elements; null becomes the empty list. */
  static <T> List<T> copy(List<T> list) {
    if (list == null) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list);
    out.removeIf(Objects::isNull);
    return Collections.unmodifiableList(out);
  }

  /** Like {@link #copy} but keeps null as null: a layer that is absent. */
  static <T> List<T> copyOrNull(List<T> list) {
    return list == null ? null : copy(list);
  }
}
