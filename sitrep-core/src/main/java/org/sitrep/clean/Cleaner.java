package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.sitrep.ingest.InputException;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/** The clean stage: HTML to text, boilerplate lines cut, wrapped lines joined. */
public final class Cleaner {
  private final HtmlExtractor html = new HtmlExtractor();
  private final PromoFilter promos = new PromoFilter();

  public CleanDocument clean(RawArticle article) throws InputException {
    String text = article.body();
    String title = article.title();
    var published = article.published();
    if (article.format() == SourceFormat.HTML) {
      HtmlExtractor.HtmlArticle page = html.extract(text);
      text = page.text();
      title = title != null ? title : page.title();
      published = published != null ? published : page.published();
      if (text.isBlank()) {
        throw new InputException(article.origin(), "no article text found in the HTML");
      }
    }
    Cut cut = cutPromoLines(text);
    String clean = LineJoiner.join(cut.text());
    if (clean.isBlank()) {
      throw new InputException(article.origin(), "no article text left after removing boilerplate");
    }
    if (article.format() == SourceFormat.TEXT) {
      title = title != null ? title : Headline.of(clean).orElse(null);
      published = published != null ? published : Headline.dateline(clean).orElse(null);
    }
    String sha = sha256(clean);
    String id = article.id() != null && !article.id().isBlank() ? article.id() : sha;
    return new CleanDocument(id, sha, title, published, article.source(), clean, cut.map());
  }

  private record Cut(String text, OffsetMap map) {}

  private Cut cutPromoLines(String text) {
    StringBuilder out = new StringBuilder(text.length());
    List<OffsetMap.Piece> pieces = new ArrayList<>();
    int pos = 0;
    int keptFrom = 0;
    boolean cutAny = false;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int lineEnd = nl < 0 ? text.length() : nl + 1;
      String line = text.substring(pos, nl < 0 ? text.length() : nl);
      if (promos.isPromo(line)) {
        if (pos > keptFrom) {
          pieces.add(new OffsetMap.Piece(out.length(), keptFrom, pos - keptFrom));
          out.append(text, keptFrom, pos);
        }
        keptFrom = lineEnd;
        cutAny = true;
      }
      pos = lineEnd;
    }
    if (!cutAny) {
      return new Cut(text, OffsetMap.identity(text.length()));
    }
    if (keptFrom < text.length()) {
      pieces.add(new OffsetMap.Piece(out.length(), keptFrom, text.length() - keptFrom));
      out.append(text, keptFrom, text.length());
    }
    return new Cut(out.toString(), new OffsetMap(pieces));
  }

  public static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
