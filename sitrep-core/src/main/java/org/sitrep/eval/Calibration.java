package org.sitrep.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether event confidence means precision: the counted predicted events (true and false positives;
 * predictions excused by optional gold events and those of families a key does not cover are left
 * out, as precision leaves them out) in confidence bands {@code [0,0.5)}, {@code [0.5,0.6)}, …
 * {@code [0.9,1.0]}, with each band's precision, its share of all counted predictions, its mean
 * confidence, and the expected calibration error over the bands.
 *
 * <p>Bands add up: {@link #plus} pools two sets by summing their counts.
 *
 * @param bands one per band of {@link #LOWER}, in order
 */
public record Calibration(List<Band> bands) {
  /** Lower bounds of the bands; each band reaches to the next bound, the last one to 1.0. */
  public static final double[] LOWER = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9};

  /** The confidence from which an event counts as high-confidence (the target line). */
  public static final double HIGH = 0.8;

  /** Nothing counted. */
  public static final Calibration EMPTY = empty();

  /**
   * One band's counts.
   *
   * @param predictions counted predictions whose confidence lies in the band
   * @param correct those that are true positives
   * @param confidenceSum the sum of their confidences
   */
  public record Band(long predictions, long correct, double confidenceSum) {
    public Band {
      if (predictions < 0 || correct < 0 || correct > predictions) {
        throw new IllegalArgumentException("bad band " + correct + "/" + predictions);
      }
    }

    public Ratio precision() {
      return new Ratio(correct, predictions);
    }

    /** Mean confidence of the band's predictions, NaN when it has none. */
    public double meanConfidence() {
      return predictions == 0 ? Double.NaN : confidenceSum / predictions;
    }

    Band plus(Band o) {
      return new Band(
          predictions + o.predictions, correct + o.correct, confidenceSum + o.confidenceSum);
    }
  }

  public Calibration {
    if (bands.size() != LOWER.length) {
      throw new IllegalArgumentException("need " + LOWER.length + " bands, got " + bands.size());
    }
    bands = List.copyOf(bands);
  }

  private static Calibration empty() {
    List<Band> bands = new ArrayList<>();
    for (int i = 0; i < LOWER.length; i++) {
      bands.add(new Band(0, 0, 0));
    }
    return new Calibration(bands);
  }

  /**
   * The band a confidence falls in. Values below 0 go to the first band, from 1.0 up (and NaN) to
   * the last one; a value a rounding error below a bound (0.7999999) counts as the bound.
   */
  public static int band(double confidence) {
    if (Double.isNaN(confidence)) {
      return LOWER.length - 1;
    }
    for (int i = LOWER.length - 1; i > 0; i--) {
      if (confidence >= LOWER[i] - 1e-9) {
        return i;
      }
    }
    return 0;
  }

  /** This calibration with one more counted prediction. */
  public Calibration with(double confidence, boolean correct) {
    List<Band> out = new ArrayList<>(bands);
    int i = band(confidence);
    out.set(i, out.get(i).plus(new Band(1, correct ? 1 : 0, confidence)));
    return new Calibration(out);
  }

  /** The two calibrations' counts summed, band by band. */
  public Calibration plus(Calibration o) {
    List<Band> out = new ArrayList<>();
    for (int i = 0; i < LOWER.length; i++) {
      out.add(bands.get(i).plus(o.bands.get(i)));
    }
    return new Calibration(out);
  }

  /** All counted predictions (true plus false positives). */
  public long predictions() {
    long n = 0;
    for (Band b : bands) {
      n += b.predictions();
    }
    return n;
  }

  /** A band's predictions over all counted predictions. */
  public Ratio share(int band) {
    return new Ratio(bands.get(band).predictions(), predictions());
  }

  /**
   * Expected calibration error: over the bands with predictions, the sum of each band's share times
   * {@code |precision - mean confidence|}; NaN with no predictions.
   */
  public double ece() {
    long n = predictions();
    if (n == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (Band b : bands) {
      if (b.predictions() > 0) {
        sum += (double) b.predictions() / n * Math.abs(b.precision().value() - b.meanConfidence());
      }
    }
    return sum;
  }

  /** The bands from {@link #HIGH} up, pooled. */
  public Band high() {
    Band out = new Band(0, 0, 0);
    for (int i = band(HIGH); i < LOWER.length; i++) {
      out = out.plus(bands.get(i));
    }
    return out;
  }

  /** All counted predictions that are true positives: the found events. */
  public long correct() {
    long n = 0;
    for (Band b : bands) {
      n += b.correct();
    }
    return n;
  }

  /**
   * The share of the found events (true positives) with confidence of at least {@link #HIGH}: how
   * much of what is right a user keeps who filters on "≥ 0.8".
   */
  public Ratio highFound() {
    return new Ratio(high().correct(), correct());
  }

  /** The share of counted predictions with confidence of at least {@link #HIGH}. */
  public Ratio highShare() {
    return new Ratio(high().predictions(), predictions());
  }

  /** {@code [0.5,0.6)}; the last band is closed: {@code [0.9,1.0]}. */
  public static String label(int band) {
    boolean last = band == LOWER.length - 1;
    return String.format(
        Locale.ROOT, "[%.1f,%.1f%s", LOWER[band], last ? 1.0 : LOWER[band + 1], last ? "]" : ")");
  }

  /** {@code conf>=0.8 P 0.850 share 0.450 found 0.480 ECE 0.062}, for a summary line. */
  public String summary() {
    return String.format(
        Locale.ROOT,
        "conf>=%.1f P %s share %s found %s ECE %s",
        HIGH,
        high().precision().formatValue(),
        highShare().formatValue(),
        highFound().formatValue(),
        Ratio.formatValue(ece()));
  }

  /** The table {@link EvalReport#print} shows under the event figures. */
  List<String> lines() {
    List<String> out = new ArrayList<>();
    out.add(
        String.format(
            Locale.ROOT,
            "  calibration: %d counted predictions, ECE %s",
            predictions(),
            Ratio.formatValue(ece())));
    out.add(
        String.format(
            Locale.ROOT,
            "  %-12s %6s %-17s %-17s %s",
            "confidence",
            "n",
            "precision",
            "share",
            "mean conf"));
    for (int i = 0; i < LOWER.length; i++) {
      Band b = bands.get(i);
      out.add(
          String.format(
              Locale.ROOT,
              "  %-12s %6d %-17s %-17s %s",
              label(i),
              b.predictions(),
              b.precision().format(),
              share(i).format(),
              Ratio.formatValue(b.meanConfidence())));
    }
    Band h = high();
    out.add(
        String.format(
            Locale.ROOT,
            "  %-12s %6d %-17s %-17s %s",
            String.format(Locale.ROOT, ">= %.1f", HIGH),
            h.predictions(),
            h.precision().format(),
            highShare().format(),
            Ratio.formatValue(h.meanConfidence())));
    out.add(
        String.format(
            Locale.ROOT,
            "  found events (true positives) with confidence >= %.1f: %s",
            HIGH,
            highFound().format()));
    return out;
  }

  public Map<String, Object> toJson() {
    List<Object> rows = new ArrayList<>();
    for (int i = 0; i < LOWER.length; i++) {
      Band b = bands.get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("band", label(i));
      row.put("from", LOWER[i]);
      row.put("to", i == LOWER.length - 1 ? 1.0 : LOWER[i + 1]);
      row.put("predictions", b.predictions());
      row.put("precision", b.precision().toJson());
      row.put("share", share(i).toJson());
      row.put("mean_confidence", number(b.meanConfidence()));
      rows.add(row);
    }
    Band h = high();
    Map<String, Object> high = new LinkedHashMap<>();
    high.put("from", HIGH);
    high.put("predictions", h.predictions());
    high.put("precision", h.precision().toJson());
    high.put("share", highShare().toJson());
    high.put("found", highFound().toJson());
    high.put("mean_confidence", number(h.meanConfidence()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("predictions", predictions());
    out.put("ece", number(ece()));
    out.put("bands", rows);
    out.put("high", high);
    return out;
  }

  private static Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
