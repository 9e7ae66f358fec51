package org.sitrep.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds an HTML page's article: its main text (paragraphs, one per line, without navigation, ads,
 * captions, forms or link lists), its title and its publication date.
 */
public final class HtmlExtractor {
  /** What an HTML page yields. {@code title} and {@code published} may be null. */
  public record HtmlArticle(String text, String title, LocalDate published) {}

  private static final String CHROME =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button,"
          + " figure, figcaption, picture, video, audio, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

  /** Class or id words that mark page furniture rather than article text. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(^|[-_\\s])(ad|ads|advert\\w*|promo\\w*|newsletter\\w*|related|recommended|share|"
              + "sharing|social|cookie\\w*|subscri\\w*|sidebar|comments?|breadcrumbs?|menu|nav\\w*|"
              + "caption|credit|byline|read-?more|more-?stories|outbrain|taboola|sponsor\\w*|"
              + "footer|header|masthead|signup|paywall|toolbar|tags?)($|[-_\\s])");

  private static final String BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  public HtmlArticle extract(String html) {
    Document page = Jsoup.parse(html);
    String title = title(page);
    LocalDate published = published(page).orElse(null);
    Element body = page.body();
    body.select(CHROME).remove();
    int pageText = paragraphLength(body);
    for (Element e : body.select("[class], [id]")) {
      // a container holding most of the page's paragraphs is the article, whatever its class
      if (e.parent() != null && isFurniture(e) && paragraphLength(e) * 2 < pageText) {
        e.remove();
      }
    }
    Element main = mainContent(body);
    List<String> lines = new ArrayList<>();
    Elements blocks = main.select(BLOCKS);
    for (Element block : blocks) {
      if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
        continue; // a container of blocks: its children are taken one by one
      }
      if (isLinkList(block)) {
        continue;
      }
      String line = block.text().strip();
      if (!line.isEmpty()) {
        lines.add(block.tagName().equals("li") ? "- " + line : line);
      }
    }
    if (lines.isEmpty()) {
      String all = main.text().strip();
      if (!all.isEmpty()) {
        lines.add(all);
      }
    }
    return new HtmlArticle(String.join("\n", lines), title, published);
  }

  private static boolean isFurniture(Element e) {
    if (e.tagName().equals("body") || e.tagName().equals("html") || e.tagName().equals("article")) {
      return false;
    }
    return FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find();
  }

  /** A block that is mostly link text ("Read more: …", lists of related stories). */
  private static boolean isLinkList(Element block) {
    int total = block.text().length();
    if (total == 0) {
      return true;
    }
    int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return linked > 0.6 * total;
  }

  /** {@code <article>}, else {@code <main>}, else the element holding the most paragraph text. */
  private static Element mainContent(Element body) {
    Element best = null;
    int bestLength = 0;
    for (Element candidate : body.select("article, main, [itemprop=articleBody]")) {
      int length = paragraphLength(candidate);
      if (length > bestLength) {
        best = candidate;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    for (Element p : body.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        int length = paragraphLength(parent);
        if (length > bestLength) {
          best = parent;
          bestLength = length;
        }
      }
    }
    return best != null ? best : body;
  }

  private static int paragraphLength(Element e) {
    return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
  }

  private static String title(Document page) {
    for (String query :
        List.of("meta[property=og:title]", "meta[name=twitter:title]", "meta[name=title]")) {
      Element meta = page.selectFirst(query);
      if (meta != null && !meta.attr("content").isBlank()) {
        return meta.attr("content").strip();
      }
    }
    Element h1 = page.selectFirst("h1");
    if (h1 != null && !h1.text().isBlank()) {
      return h1.text().strip();
    }
    String title = page.title().strip();
    return title.isEmpty() ? null : title;
  }

  private static Optional<LocalDate> published(Document page) {
    for (String query :
        List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=date]",
            "meta[name=dc.date]",
            "meta[name=DC.date.issued]")) {
      for (Element meta : page.select(query)) {
        Optional<LocalDate> d = parseDate(meta.attr("content"));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element script : page.select("script[type=application/ld+json]")) {
      Optional<LocalDate> d = jsonLdDate(script.data());
      if (d.isPresent()) {
        return d;
      }
    }
    for (Element time : page.select("time[datetime]")) {
      Optional<LocalDate> d = parseDate(time.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> jsonLdDate(String json) {
    try {
      JsonNode root = JSON.readTree(json);
      return findDatePublished(root);
    } catch (java.io.IOException e) {
      return Optional.empty(); // malformed JSON-LD is common; the other sources are tried
    }
  }

  private static Optional<LocalDate> findDatePublished(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isObject()) {
      JsonNode d = node.get("datePublished");
      if (d != null && d.isTextual()) {
        Optional<LocalDate> parsed = parseDate(d.asText());
        if (parsed.isPresent()) {
          return parsed;
        }
      }
    }
    for (JsonNode child : node) {
      Optional<LocalDate> found = findDatePublished(child);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  static Optional<LocalDate> parseDate(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(OffsetDateTime.parse(v).toLocalDate());
    } catch (DateTimeParseException e) {
      Matcher m = ISO_DATE.matcher(v);
      if (m.find()) {
        try {
          return Optional.of(LocalDate.parse(m.group()));
        } catch (DateTimeParseException e2) {
          return Optional.empty();
        }
      }
      return Optional.empty();
    }
  }
}
