package org.sitrep.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** What one WARC file held: records read, articles found, records skipped (by reason), corrupt. */
public final class WarcCounts {
  private final String file;
  int records;
  int articles;
  int articlesRefused;
  int corrupt;
  private final Map<String, Integer> skipped = new LinkedHashMap<>();

  WarcCounts(String file) {
    this.file = file;
  }

  void skip(String reason) {
    skipped.merge(reason, 1, Integer::sum);
  }

  public String file() {
    return file;
  }

  /** Records parsed (articles, skipped and refused alike). */
  public int records() {
    return records;
  }

  /** Records handed on as articles. */
  public int articles() {
    return articles;
  }

  /** Corrupt or truncated stretches, each reported once as a failure. */
  public int corrupt() {
    return corrupt;
  }

  /** Records skipped, by reason, in the order the reasons were first met. */
  public Map<String, Integer> skipped() {
    return Map.copyOf(skipped);
  }

  public int skippedTotal() {
    return skipped.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line for the user. */
  public String summary() {
    String skips =
        skipped.isEmpty()
            ? "none skipped"
            : "skipped "
                + skipped.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
    return String.format(
        Locale.ROOT,
        "%s: %d WARC records: %d articles; %s%s%s",
        file,
        records,
        articles,
        skips,
        articlesRefused == 0 ? "" : "; " + articlesRefused + " too large",
        corrupt == 0 ? "" : "; " + corrupt + " corrupt or truncated stretch(es)");
  }
}
