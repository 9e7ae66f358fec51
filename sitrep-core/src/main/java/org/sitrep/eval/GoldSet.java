package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One evaluation set's answer key: the {@code gold.jsonl} of {@code ../shared/eval/<name>/}, one
 * {@link GoldDocument} per line, keyed by id in file order. Unknown fields are ignored.
 */
public final class GoldSet {
  /** The answer-key file name inside a set directory. */
  public static final String FILE = "gold.jsonl";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final String name;
  private final Map<String, GoldDocument> documents;

  private GoldSet(String name, Map<String, GoldDocument> documents) {
    this.name = name;
    this.documents = Collections.unmodifiableMap(documents);
  }

  /**
   * Reads a set: {@code path} is a set directory holding {@code gold.jsonl}, or the file itself.
   * The set is named after the directory.
   */
  public static GoldSet read(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve(FILE) : path;
    Path dir = file.toAbsolutePath().normalize().getParent();
    String name =
        dir == null || dir.getFileName() == null ? file.toString() : dir.getFileName().toString();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(name, file.toString(), in);
    }
  }

  /** Parses JSON Lines text, for tests and keys that do not live in a file. */
  public static GoldSet parse(String name, String jsonl) {
    try {
      return read(name, name, new StringReader(jsonl));
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static GoldSet read(String name, String source, Reader reader) throws IOException {
    Map<String, GoldDocument> docs = new LinkedHashMap<>();
    BufferedReader in = new BufferedReader(reader);
    int lineNo = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      GoldDocument doc;
      try {
        doc = MAPPER.readValue(line, GoldDocument.class);
      } catch (JsonProcessingException e) {
        throw new GoldFormatException(source, lineNo, e.getOriginalMessage(), e);
      }
      if (doc == null) {
        throw new GoldFormatException(source, lineNo, "null document", null);
      }
      if (docs.putIfAbsent(doc.id(), doc) != null) {
        throw new GoldFormatException(source, lineNo, "duplicate id " + doc.id(), null);
      }
    }
    return new GoldSet(name, docs);
  }

  public String name() {
    return name;
  }

  /** Every document, in file order. */
  public List<GoldDocument> documents() {
    return List.copyOf(documents.values());
  }

  public Set<String> ids() {
    return documents.keySet();
  }

  public Optional<GoldDocument> get(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  public int size() {
    return documents.size();
  }
}
