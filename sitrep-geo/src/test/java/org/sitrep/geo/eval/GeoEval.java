package org.sitrep.geo.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.clean.Cleaner;
import org.sitrep.geo.BaselinePlaceResolver;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GazetteerPlaceResolver;
import org.sitrep.geo.PlaceResolver;
import org.sitrep.geo.recognize.RecognizerSettings;
import org.sitrep.geo.resolve.ScoringWeights;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.nlp.Annotator;

/**
 * Measures the place resolvers on evaluation sets (shared/eval/SET): Cleaner, the NLP stage (cached
 * after the first run), each resolver, scored by gold-format.md. A measurement tool, until {@code
 * sitrep eval} reports places.
 *
 * <p>Usage: {@code GeoEval SHARED_DIR CACHE_DIR REPORT_DIR [SET...]}
 */
public final class GeoEval {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoEval() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args[0]);
    Path cache = Path.of(args[1]);
    Path report = Path.of(args[2]);
    List<String> sets =
        args.length > 3
            ? List.of(args).subList(3, args.length)
            : List.of("seed", "geowebnews", "tr-news");
    System.out.println(run(shared, sets, cache, report, GeoEval::corenlp));
  }

  static Annotator corenlp() {
    return new org.sitrep.nlp.corenlp.CoreNlpAnnotator(org.sitrep.nlp.corenlp.NlpSettings.sitrep());
  }

  /** Resolvers measured side by side. */
  static Map<String, PlaceResolver> resolvers(Gazetteer g) {
    Map<String, PlaceResolver> m = new LinkedHashMap<>();
    m.put("sitrep", new GazetteerPlaceResolver(g));
    m.put(
        "no-demonym",
        new GazetteerPlaceResolver(
            g, RecognizerSettings.defaults().withDemonyms(false), ScoringWeights.defaults()));
    m.put(
        "no-embed",
        new GazetteerPlaceResolver(
            g, RecognizerSettings.defaults().withEmbedded(false), ScoringWeights.defaults()));
    m.put("baseline", new BaselinePlaceResolver(g));
    return m;
  }

  static String run(
      Path shared, List<String> sets, Path cacheDir, Path reportDir, Supplier<Annotator> nlp)
      throws IOException {
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.load();
    double loadS = (System.nanoTime() - t0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapMb = (rt.totalMemory() - rt.freeMemory()) >> 20;
    Map<String, PlaceResolver> resolvers = resolvers(gazetteer);
    Annotator[] annotator = new Annotator[1];
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "gazetteer: %d entries, %d names, loaded in %.2f s, heap after load %d MB%n%n",
            gazetteer.size(),
            gazetteer.nameCount(),
            loadS,
            heapMb));
    Files.createDirectories(reportDir);
    for (String set : sets) {
      Path dir = shared.resolve("eval").resolve(set);
      Path cacheFile = cacheDir.resolve(set + ".bin.gz");
      List<DocCache.Cached> docs;
      if (Files.exists(cacheFile)) {
        docs = DocCache.read(cacheFile);
      } else {
        if (annotator[0] == null) {
          annotator[0] = nlp.get();
        }
        docs = annotate(dir.resolve("docs.jsonl"), annotator[0]);
        DocCache.write(cacheFile, docs);
      }
      Map<String, List<GoldToponym>> gold = gold(dir.resolve("gold.jsonl"));
      Map<String, String> sourceTexts = sourceTexts(dir.resolve("docs.jsonl"));
      out.append("## ").append(set).append(" (").append(docs.size()).append(" docs)\n\n");
      out.append(ToponymScore.header()).append('\n');
      long annotateNanos = docs.stream().mapToLong(DocCache.Cached::annotateNanos).sum();
      for (var r : resolvers.entrySet()) {
        ToponymScore score = new ToponymScore();
        long resolveNanos = 0;
        for (DocCache.Cached c : docs) {
          AnnotatedDocument doc = c.doc();
          long s = System.nanoTime();
          List<Place> places = r.getValue().resolve(doc);
          resolveNanos += System.nanoTime() - s;
          String id = doc.document().id();
          score.add(
              id,
              sourceTexts.getOrDefault(id, doc.text()),
              gold.getOrDefault(id, List.of()),
              ToponymScore.predictions(places, doc.document().toSource()));
        }
        out.append(score.row(r.getKey()))
            .append(
                String.format(
                    Locale.ROOT,
                    " resolve %.1f ms/doc = %.1f %% of NLP %.0f ms/doc%n",
                    resolveNanos / 1e6 / docs.size(),
                    100.0 * resolveNanos / Math.max(1, annotateNanos),
                    annotateNanos / 1e6 / docs.size()));
        String base = set + "-" + r.getKey();
        Files.write(reportDir.resolve(base + "-misses.tsv"), score.misses, StandardCharsets.UTF_8);
        Files.write(reportDir.resolve(base + "-wrong.tsv"), score.wrong, StandardCharsets.UTF_8);
        Files.write(
            reportDir.resolve(base + "-spurious.tsv"), score.spurious, StandardCharsets.UTF_8);
      }
      out.append('\n');
    }
    Files.writeString(reportDir.resolve("geo-eval.md"), out.toString());
    return out.toString();
  }

  private static List<DocCache.Cached> annotate(Path docsJsonl, Annotator annotator)
      throws IOException {
    Cleaner cleaner = new Cleaner();
    List<DocCache.Cached> out = new ArrayList<>();
    for (InputItem item : new ArticleReader().readAll(List.of(docsJsonl.toString()), null)) {
      if (!(item instanceof InputItem.Read read)) {
        throw new IOException("cannot read " + item.origin());
      }
      CleanDocument clean;
      try {
        clean = cleaner.clean(read.article());
      } catch (org.sitrep.ingest.InputException e) {
        throw new IOException(e.getMessage(), e);
      }
      long s = System.nanoTime();
      AnnotatedDocument doc = annotator.annotate(clean);
      out.add(new DocCache.Cached(doc, System.nanoTime() - s));
    }
    return out;
  }

  private static Map<String, String> sourceTexts(Path docsJsonl) throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(docsJsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      out.put(n.path("id").asText(), n.path("text").asText());
    }
    return out;
  }

  static Map<String, List<GoldToponym>> gold(Path goldJsonl) throws IOException {
    Map<String, List<GoldToponym>> out = new HashMap<>();
    for (String line : Files.readAllLines(goldJsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = JSON.readTree(line);
      List<GoldToponym> ts = new ArrayList<>();
      for (JsonNode t : n.path("toponyms")) {
        ts.add(
            new GoldToponym(
                new Span(t.path("start").asInt(), t.path("end").asInt()),
                t.path("text").asText(),
                t.hasNonNull("geonames_id") ? t.get("geonames_id").asLong() : null,
                t.hasNonNull("lat") ? t.get("lat").asDouble() : null,
                t.hasNonNull("lon") ? t.get("lon").asDouble() : null,
                t.hasNonNull("country") ? t.get("country").asText() : null,
                t.hasNonNull("level") ? t.get("level").asText() : null));
      }
      out.put(n.path("id").asText(), ts);
    }
    return out;
  }
}
