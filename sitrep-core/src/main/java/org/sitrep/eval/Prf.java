package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/** True positives, false positives and false negatives, with precision, recall and F1. */
public record Prf(long tp, long fp, long fn) {
  /** Nothing counted. */
  public static final Prf ZERO = new Prf(0, 0, 0);

  public Prf {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  public Ratio precision() {
    return new Ratio(tp, tp + fp);
  }

  public Ratio recall() {
    return new Ratio(tp, tp + fn);
  }

  /** F1 as the ratio {@code 2tp / (2tp + fp + fn)}. */
  public Ratio f1() {
    return new Ratio(2 * tp, 2 * tp + fp + fn);
  }

  public Prf plus(Prf o) {
    return new Prf(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** {@code P 0.800 R 0.667 F1 0.727}. */
  public String format() {
    return "P "
        + precision().formatValue()
        + " R "
        + recall().formatValue()
        + " F1 "
        + f1().formatValue();
  }

  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tp", tp);
    out.put("fp", fp);
    out.put("fn", fn);
    out.put("precision", precision().toJson());
    out.put("recall", recall().toJson());
    out.put("f1", f1().toJson());
    return out;
  }
}
