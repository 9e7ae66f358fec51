package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A figure with the counts it comes from: {@code numerator} of {@code denominator}. With a zero
 * denominator the figure is undefined ({@link #value()} is NaN, printed {@code n/a}, null in JSON).
 */
public record Ratio(long numerator, long denominator) {
  /** No cases. */
  public static final Ratio NONE = new Ratio(0, 0);

  public Ratio {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException("bad ratio " + numerator + "/" + denominator);
    }
  }

  public boolean defined() {
    return denominator > 0;
  }

  public double value() {
    return defined() ? (double) numerator / denominator : Double.NaN;
  }

  /** Numerators and denominators summed: the figure over both sets of cases. */
  public Ratio plus(Ratio o) {
    return new Ratio(numerator + o.numerator, denominator + o.denominator);
  }

  /** The value with three decimals, or {@code n/a}. */
  public String formatValue() {
    return formatValue(value());
  }

  /** {@code 18/20 0.900}. */
  public String format() {
    return numerator + "/" + denominator + " " + formatValue();
  }

  /** {@code {"numerator": 18, "denominator": 20, "value": 0.9}}. */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("numerator", numerator);
    out.put("denominator", denominator);
    out.put("value", defined() ? value() : null);
    return out;
  }

  static String formatValue(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }
}
