package org.sitrep.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link Evaluator} found for one evaluation set: per layer the set's key has, every figure
 * with its numerator and denominator. Readable with {@link #print}, in one line with {@link
 * #summaryLine}, machine-readable with {@link #toJson}.
 */
public final class EvalReport {
  private final String name;
  private final int documents;
  private final int missing;
  private final ToponymScores toponyms;
  private final ToponymScores baselineToponyms;
  private final QuoteScores quotes;
  private final CountScores counts;
  private final EventScores events;
  private final LabelScores labels;

  /**
   * @param name the set's name
   * @param documents articles in the key
   * @param missing articles of the key without a prediction
   * @param toponyms null when the key has no toponyms; likewise every layer
   * @param baselineToponyms toponym figures of baseline predictions, or null
   */
  public EvalReport(
      String name,
      int documents,
      int missing,
      ToponymScores toponyms,
      ToponymScores baselineToponyms,
      QuoteScores quotes,
      CountScores counts,
      EventScores events,
      LabelScores labels) {
    this.name = name;
    this.documents = documents;
    this.missing = missing;
    this.toponyms = toponyms;
    this.baselineToponyms = baselineToponyms;
    this.quotes = quotes;
    this.counts = counts;
    this.events = events;
    this.labels = labels;
  }

  /**
   * Several sets' reports pooled into one named {@code name}: documents and articles without
   * prediction summed, and the event layer of the reports that have one pooled by summing its
   * counts ({@link EventScores#pool}). The other layers are not pooled (absent).
   */
  public static EvalReport pool(String name, List<EvalReport> reports) {
    int documents = 0;
    int missing = 0;
    List<EventScores> events = new ArrayList<>();
    for (EvalReport r : reports) {
      documents += r.documents;
      missing += r.missing;
      if (r.events != null) {
        events.add(r.events);
      }
    }
    return new EvalReport(
        name,
        documents,
        missing,
        null,
        null,
        null,
        null,
        events.isEmpty() ? null : EventScores.pool(events),
        null);
  }

  public String name() {
    return name;
  }

  public int documents() {
    return documents;
  }

  /** Articles of the key that had no prediction (scored as predicting nothing). */
  public int missing() {
    return missing;
  }

  public Optional<ToponymScores> toponyms() {
    return Optional.ofNullable(toponyms);
  }

  /** Toponym figures of the baseline predictions, when the evaluator was given some. */
  public Optional<ToponymScores> baselineToponyms() {
    return Optional.ofNullable(baselineToponyms);
  }

  public Optional<QuoteScores> quotes() {
    return Optional.ofNullable(quotes);
  }

  public Optional<CountScores> counts() {
    return Optional.ofNullable(counts);
  }

  public Optional<EventScores> events() {
    return Optional.ofNullable(events);
  }

  public Optional<LabelScores> labels() {
    return Optional.ofNullable(labels);
  }

  /** One line: {@code seed: toponyms recall 25/27 0.926 acc161 … | quotes found 18/18 1.000 …}. */
  public String summaryLine() {
    List<String> parts = new ArrayList<>();
    if (toponyms != null) {
      String s = "toponyms " + toponymSummary(toponyms, true);
      if (baselineToponyms != null) {
        s += " (baseline " + toponymSummary(baselineToponyms, false) + ")";
      }
      parts.add(s);
    }
    if (quotes != null) {
      parts.add(
          "quotes found "
              + quotes.found().format()
              + " speaker "
              + quotes.speaker().formatValue()
              + " speaker|found "
              + quotes.speakerAmongFound().formatValue());
    }
    if (counts != null) {
      parts.add(
          "counts exact "
              + counts.all().exact().format()
              + " within10 "
              + counts.all().within10().formatValue()
              + " zero "
              + counts.all().zero().format());
    }
    if (events != null) {
      parts.add(
          "events "
              + events.prf().format()
              + " (tp "
              + events.prf().tp()
              + " fp "
              + events.prf().fp()
              + " fn "
              + events.prf().fn()
              + ") actor "
              + events.actor().formatValue()
              + " place "
              + events.place().formatValue()
              + " "
              + events.calibration().summary());
    }
    if (labels != null) {
      parts.add(
          "labels " + labels.micro().format() + " macroF1 " + Ratio.formatValue(labels.macroF1()));
    }
    String missed = missing > 0 ? " [" + missing + "/" + documents + " without prediction]" : "";
    return name + ": " + (parts.isEmpty() ? "nothing scored" : String.join(" | ", parts)) + missed;
  }

  private static String toponymSummary(ToponymScores t, boolean counts) {
    return "recall "
        + (counts ? t.recall().format() : t.recall().formatValue())
        + " acc161 "
        + t.acc161().formatValue()
        + " id "
        + t.exactId().formatValue()
        + " e2e "
        + t.endToEnd().formatValue()
        + " precision "
        + t.precision().formatValue();
  }

  /** A readable report, grouped by layer. */
  public void print(PrintStream out) {
    out.printf(Locale.ROOT, "%s: %d documents, %d without prediction%n", name, documents, missing);
    if (toponyms != null) {
      ToponymScores b = baselineToponyms;
      out.printf(
          Locale.ROOT,
          "toponyms: %d gold%s%n",
          toponyms.recall().denominator(),
          b == null ? "" : " (system | baseline)");
      row(out, "recall", toponyms.recall(), b == null ? null : b.recall());
      row(out, "acc@161km (found)", toponyms.acc161(), b == null ? null : b.acc161());
      row(out, "exact GeoNames id", toponyms.exactId(), b == null ? null : b.exactId());
      row(out, "end-to-end @161km", toponyms.endToEnd(), b == null ? null : b.endToEnd());
      row(out, "precision", toponyms.precision(), b == null ? null : b.precision());
      toponyms.recallByClass().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  row(
                      out,
                      "recall " + e.getKey(),
                      e.getValue(),
                      b == null ? null : b.recallByClass().get(e.getKey())));
    }
    if (quotes != null) {
      out.printf(
          Locale.ROOT,
          "quotes: %d gold, %d optional (not scored)%n",
          quotes.found().denominator(),
          quotes.optional());
      row(out, "found", quotes.found(), null);
      row(out, "speaker", quotes.speaker(), null);
      row(out, "speaker | found", quotes.speakerAmongFound(), null);
      row(out, "precision", quotes.precision(), null);
    }
    if (counts != null) {
      out.println("counts: article-level figures");
      row(out, "exact (gold > 0)", counts.all().exact(), null);
      row(out, "within 10%", counts.all().within10(), null);
      row(out, "gold 0: nothing", counts.all().zero(), null);
      counts.byKind().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "  %-20s exact %s  within10 %s  zero %s%n",
                      e.getKey(),
                      e.getValue().exact().format(),
                      e.getValue().within10().format(),
                      e.getValue().zero().format()));
    }
    if (events != null) {
      Prf p = events.prf();
      out.printf(
          Locale.ROOT,
          "events: tp %d, fp %d, fn %d, %d predictions excused by optional gold events%n",
          p.tp(),
          p.fp(),
          p.fn(),
          events.excused());
      row(out, "precision", p.precision(), null);
      row(out, "recall", p.recall(), null);
      row(out, "F1", p.f1(), null);
      row(out, "type | found", events.type(), null);
      row(out, "status | found", events.status(), null);
      row(out, "actor | found", events.actor(), null);
      row(out, "counts | found", events.counts(), null);
      row(out, "place | found", events.place(), null);
      row(out, "primary family", events.primaryFamily(), null);
      events.recallByFamily().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> row(out, "recall " + e.getKey(), e.getValue(), null));
      events.calibration().lines().forEach(out::println);
    }
    if (labels != null) {
      Prf m = labels.micro();
      out.printf(Locale.ROOT, "labels: tp %d, fp %d, fn %d%n", m.tp(), m.fp(), m.fn());
      row(out, "micro precision", m.precision(), null);
      row(out, "micro recall", m.recall(), null);
      row(out, "micro F1", m.f1(), null);
      out.printf(Locale.ROOT, "  %-20s %s%n", "macro F1", Ratio.formatValue(labels.macroF1()));
      labels.byFamily().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "  %-20s %s (tp %d fp %d fn %d)%n",
                      e.getKey(),
                      e.getValue().format(),
                      e.getValue().tp(),
                      e.getValue().fp(),
                      e.getValue().fn()));
    }
  }

  private static void row(PrintStream out, String label, Ratio system, Ratio baseline) {
    if (baseline == null) {
      out.printf(Locale.ROOT, "  %-20s %s%n", label, system.format());
    } else {
      out.printf(Locale.ROOT, "  %-20s %-18s | %s%n", label, system.format(), baseline.format());
    }
  }

  /**
   * The report as nested maps, lists, numbers and strings, ready for a JSON writer. Each figure is
   * {@code {"numerator", "denominator", "value"}}, value null when undefined.
   */
  public Map<String, Object> toJson() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("set", name);
    out.put("documents", documents);
    out.put("missing", missing);
    if (toponyms != null) {
      out.put("toponyms", toponyms.toJson());
    }
    if (baselineToponyms != null) {
      out.put("baseline", Map.of("toponyms", baselineToponyms.toJson()));
    }
    if (quotes != null) {
      out.put("quotes", quotes.toJson());
    }
    if (counts != null) {
      out.put("counts", counts.toJson());
    }
    if (events != null) {
      out.put("events", events.toJson());
    }
    if (labels != null) {
      out.put("labels", labels.toJson());
    }
    return out;
  }

  static Map<String, Object> ratios(Map<String, Ratio> ratios) {
    Map<String, Object> out = new LinkedHashMap<>();
    ratios.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> out.put(e.getKey(), e.getValue().toJson()));
    return out;
  }

  @Override
  public String toString() {
    return summaryLine();
  }
}
