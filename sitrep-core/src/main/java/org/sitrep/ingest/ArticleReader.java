package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/**
 * Reads articles from paths: a text or HTML file, a JSON Lines file (one article a line, as in
 * {@code docs.jsonl}), a WARC archive ({@code .warc}, {@code .warc.gz}: {@link WarcArticleReader}),
 * a folder (recursively, in name order) or {@code -} for standard input. Problems become {@link
 * InputItem.Failed} items; reading goes on.
 */
public final class ArticleReader {
  /** Default limit on one input file: larger files are refused, not read. */
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  private static final ObjectMapper JSON = new ObjectMapper();
  private final long maxBytes;
  private final List<WarcCounts> warcs = new ArrayList<>();

  public ArticleReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public ArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads every path in order and hands each item to {@code sink} as soon as it is read. */
  public void read(List<String> paths, InputStream stdin, Consumer<InputItem> sink) {
    for (String p : paths) {
      if (p.equals("-")) {
        readStdin(stdin, sink);
      } else {
        readPath(Path.of(p), sink);
      }
    }
  }

  /** What each WARC file read so far held, in reading order. */
  public List<WarcCounts> warcCounts() {
    return List.copyOf(warcs);
  }

  /** Convenience: every item of the given paths, in order. */
  public List<InputItem> readAll(List<String> paths, InputStream stdin) {
    List<InputItem> items = new ArrayList<>();
    read(paths, stdin, items::add);
    return items;
  }

  private void readStdin(InputStream stdin, Consumer<InputItem> sink) {
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        sink.accept(new InputItem.Failed("-", null, tooLarge(bytes.length)));
        return;
      }
      String text = TextDecoder.decode("-", bytes);
      String trimmed = text.stripLeading();
      if (trimmed.startsWith("{")) {
        readJsonLines("-", text, sink);
      } else {
        sink.accept(new InputItem.Read(article("-", text, formatOf(null, trimmed), null)));
      }
    } catch (InputException e) {
      sink.accept(new InputItem.Failed(e.origin(), null, e.reason()));
    } catch (IOException e) {
      sink.accept(new InputItem.Failed("-", null, "cannot read standard input: " + e.getMessage()));
    }
  }

  private void readPath(Path path, Consumer<InputItem> sink) {
    String origin = path.toString();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(Files::isRegularFile)
                .filter(ArticleReader::isArticleFile)
                .sorted()
                .toList();
      } catch (IOException e) {
        sink.accept(new InputItem.Failed(origin, null, "cannot list folder: " + e.getMessage()));
        return;
      }
      if (files.isEmpty()) {
        sink.accept(
            new InputItem.Failed(
                origin, null, "folder holds no .txt, .html, .jsonl or .warc files"));
      }
      files.forEach(f -> readFile(f, sink));
      return;
    }
    readFile(path, sink);
  }

  private void readFile(Path path, Consumer<InputItem> sink) {
    String origin = path.toString();
    if (isWarc(path) && Files.isRegularFile(path)) {
      warcs.add(new WarcArticleReader(maxBytes).read(path, sink));
      return;
    }
    try {
      String text = TextDecoder.decode(origin, bytesOf(path));
      String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
        readJsonLines(origin, text, sink);
      } else {
        SourceFormat format = formatOf(name, text.stripLeading());
        sink.accept(new InputItem.Read(article(origin, text, format, path.toString())));
      }
    } catch (InputException e) {
      sink.accept(new InputItem.Failed(e.origin(), null, e.reason()));
    }
  }

  private byte[] bytesOf(Path path) throws InputException {
    String origin = path.toString();
    try {
      if (!Files.exists(path)) {
        throw new InputException(origin, "no such file or folder");
      }
      if (!Files.isRegularFile(path)) {
        throw new InputException(origin, "not a regular file");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw new InputException(origin, tooLarge(size));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InputException(origin, "no such file or folder");
    } catch (AccessDeniedException e) {
      throw new InputException(origin, "permission denied");
    } catch (IOException e) {
      throw new InputException(origin, "cannot read: " + e.getMessage());
    }
  }

  private String tooLarge(long size) {
    return String.format(
        Locale.ROOT,
        "too large (%.1f MB; the limit is %.1f MB, see --max-mb)",
        size / 1048576.0,
        maxBytes / 1048576.0);
  }

  private void readJsonLines(String origin, String text, Consumer<InputItem> sink) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String lineOrigin = origin + ":" + (i + 1);
      sink.accept(jsonLine(lineOrigin, line));
    }
  }

  private InputItem jsonLine(String origin, String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage();
      int cut = why.indexOf('\n');
      return new InputItem.Failed(
          origin, null, "malformed JSON line: " + (cut < 0 ? why : why.substring(0, cut)));
    }
    if (node == null || !node.isObject()) {
      return new InputItem.Failed(origin, null, "JSON line is not an object");
    }
    return article(origin, node);
  }

  /**
   * The article a JSON object describes ({@code id}, {@code text} or {@code html}, {@code
   * published}, {@code title}, {@code source}), with the checks every input gets: each field a
   * string, the text free of binary data, the id and title of sensible length, the date a real day
   * in range.
   */
  public static InputItem article(String origin, JsonNode node) {
    String id;
    try {
      id = stringField(node, "id", MAX_ID_CHARS);
    } catch (InputException e) {
      return new InputItem.Failed(origin, null, e.reason());
    }
    try {
      String text = stringField(node, "text", Integer.MAX_VALUE);
      String html = stringField(node, "html", Integer.MAX_VALUE);
      if ((text == null || text.isBlank()) && (html == null || html.isBlank())) {
        throw new InputException(origin, "no \"text\" or \"html\" field");
      }
      boolean isHtml = text == null || text.isBlank();
      String body = isHtml ? html : text;
      TextDecoder.checkText(origin, body);
      String p = stringField(node, "published", 64);
      LocalDate published;
      try {
        published = p == null || p.isBlank() ? null : PublicationDates.parse(p);
      } catch (IllegalArgumentException e) {
        throw new InputException(origin, "\"published\": " + e.getMessage());
      }
      return new InputItem.Read(
          new RawArticle(
              origin,
              id,
              isHtml ? SourceFormat.HTML : SourceFormat.TEXT,
              body,
              published,
              stringField(node, "title", MAX_TITLE_CHARS),
              stringField(node, "source", MAX_TITLE_CHARS)));
    } catch (InputException e) {
      return new InputItem.Failed(origin, id, e.reason());
    }
  }

  /**
   * The article a request body holds, checked as a file is: bytes decoded as text (UTF-8, or UTF-16
   * with a byte order mark), binary data refused; JSON read as one article object.
   */
  public InputItem fromBytes(String origin, byte[] bytes, SourceFormat format, boolean json) {
    if (bytes.length > maxBytes) {
      return new InputItem.Failed(origin, null, tooLarge(bytes.length));
    }
    String text;
    try {
      text = TextDecoder.decode(origin, bytes);
    } catch (InputException e) {
      return new InputItem.Failed(origin, null, e.reason());
    }
    if (json) {
      return jsonLine(origin, text);
    }
    return new InputItem.Read(article(origin, text, format, null));
  }

  /** Longest {@code id} accepted, in characters. */
  public static final int MAX_ID_CHARS = 512;

  /** Longest {@code title} or {@code source} accepted, in characters. */
  public static final int MAX_TITLE_CHARS = 4096;

  private static String stringField(JsonNode node, String field, int maxChars)
      throws InputException {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new InputException("", "\"" + field + "\" must be a string, not " + kind(v));
    }
    String s = v.textValue();
    if (s.length() > maxChars) {
      throw new InputException(
          "",
          "\""
              + field
              + "\" is too long ("
              + s.length()
              + " characters; at most "
              + maxChars
              + ")");
    }
    return s;
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static RawArticle article(String origin, String text, SourceFormat format, String src) {
    return new RawArticle(origin, null, format, text, null, null, src);
  }

  private static SourceFormat formatOf(String name, String start) {
    if (name != null && (name.endsWith(".html") || name.endsWith(".htm"))) {
      return SourceFormat.HTML;
    }
    String head = start.substring(0, Math.min(start.length(), 200)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")
        ? SourceFormat.HTML
        : SourceFormat.TEXT;
  }

  private static boolean isArticleFile(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".txt")
        || n.endsWith(".text")
        || n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".jsonl")
        || n.endsWith(".ndjson")
        || isWarc(p);
  }

  private static boolean isWarc(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".warc") || n.endsWith(".warc.gz");
  }
}
