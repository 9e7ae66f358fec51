package org.sitrep.feeds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feeds to watch, from the command line: each argument is a feed URL or an OPML file (a
 * subscription list, as feed readers export it), whose {@code outline} elements give the feeds.
 */
public final class FeedList {
  private FeedList() {}

  /**
   * Feed URLs in order, without repeats.
   *
   * @throws IllegalArgumentException naming an argument that is neither, in one line
   */
  public static List<String> expand(List<String> args) {
    LinkedHashSet<String> feeds = new LinkedHashSet<>();
    for (String a : args) {
      String lower = a.toLowerCase(Locale.ROOT);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        feeds.add(a.strip());
      } else if (Files.isRegularFile(Path.of(a))) {
        feeds.addAll(opml(Path.of(a)));
      } else {
        throw new IllegalArgumentException(a + ": neither an http(s) feed URL nor an OPML file");
      }
    }
    return new ArrayList<>(feeds);
  }

  static List<String> opml(Path file) {
    Document doc;
    try {
      doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
    }
    List<String> out = new ArrayList<>();
    for (Element outline : doc.select("outline[xmlUrl]")) {
      out.add(outline.attr("xmlUrl").strip());
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException(file + ": an OPML file with no outline xmlUrl=... in it");
    }
    return out;
  }
}
