package org.sitrep.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a web page into text: the charset its Content-Type declares, else the one a
 * {@code <meta>} tag declares, else UTF-8, else Windows-1252 (what browsers assume). Used for WARC
 * records and fetched pages, whose encodings vary, unlike files given on the command line.
 */
public final class PageDecoder {
  private static final Pattern PARAM =
      Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern META =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private PageDecoder() {}

  /**
   * @param contentType the Content-Type header, or null
   */
  public static String decode(byte[] bytes, String contentType) {
    Charset declared = null;
    if (contentType != null) {
      Matcher m = PARAM.matcher(contentType);
      declared = m.find() ? charset(m.group(1)) : null;
    }
    if (declared == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
      Matcher m = META.matcher(head);
      declared = m.find() ? charset(m.group(1)) : null;
    }
    if (declared != null) {
      return new String(bytes, declared);
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** Whether a Content-Type is an HTML page. */
  public static boolean isHtml(String contentType) {
    String t = base(contentType);
    return t.equals("text/html") || t.equals("application/xhtml+xml");
  }

  /** Whether a Content-Type is plain text. */
  public static boolean isText(String contentType) {
    return base(contentType).equals("text/plain");
  }

  private static String base(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .strip()
        .toLowerCase(java.util.Locale.ROOT);
  }

  private static Charset charset(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
