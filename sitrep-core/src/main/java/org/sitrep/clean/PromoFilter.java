package org.sitrep.clean;

import java.util.regex.Pattern;

/**
 * Recognises site boilerplate lines: second-person calls to action about the publisher's own
 * products (live blogs, newsletters, subscriptions, apps, podcasts, alerts), "Read more" link lines
 * and advertisement markers. A general rule over the shape of such lines, not a list of known
 * sentences.
 */
public final class PromoFilter {
  /** An imperative call to action opening the line, or "you can …" addressed to the reader. */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?i)^[\\W_]*(?:(?:please\\s+)?(?:follow|sign\\s*up|subscribe|click|tap|download|"
              + "get|join|listen|watch|visit|read|register|like|share|stay\\s+up\\s+to\\s+date|"
              + "keep\\s+up|don['’]t\\s+miss|never\\s+miss|find\\s+out|see|check\\s+out|"
              + "catch\\s+up)\\b|you\\s+can\\s+(?:follow|sign|subscribe|download|listen|"
              + "watch|read|get|find)\\b)");

  /** The publisher's own products: a promo line is about one of these. */
  private static final Pattern PRODUCT =
      Pattern.compile(
          "(?i)\\b(?:live\\s*blog|newsletters?|subscri(?:be|ption)\\w*|podcasts?|inbox|"
              + "push\\s+notifications|click\\s+here|tap\\s+here|app\\s+store|google\\s+play)");

  /** Words that are products only when the line addresses the reader about the publisher's own. */
  private static final Pattern WEAK_PRODUCT =
      Pattern.compile(
          "(?i)\\b(?:app|alerts?|briefing|updates|coverage|channel|website|page|e-?mail|"
              + "facebook|twitter|instagram|telegram|whatsapp|youtube|tiktok|here)\\b");

  /** The publisher speaking to the reader: "our", "us", "you", "your". */
  private static final Pattern ADDRESS =
      Pattern.compile(
          "(?i)\\b(?:our|us|you|your|breaking\\s+news|latest\\s+news)\\b|^\\W*(?:download|install)\\b");

  /** Lines that are only a marker of page furniture. */
  private static final Pattern MARKER =
      Pattern.compile(
          "(?i)^[\\W_]*(?:advertisement|sponsored(?:\\s+content)?|scroll\\s+to\\s+continue"
              + "(?:\\s+with\\s+content)?|read\\s+(?:more|next|also)\\s*:?.*|related\\s*:.*|"
              + "(?:more|also)\\s+on\\s+this\\s+story\\s*:?)[\\W_]*$");

  /** Bylines and time stamps of the page: "By X staff · First published Tuesday 8 October …". */
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?i)^(?:by\\s+[^.!?]{1,80}?\\s*[·|•—–-]\\s*)?(?:first\\s+)?(?:published|updated|posted)"
              + "\\b[^.!?]{0,60}$");

  private static final int MAX_WORDS = 40;

  public boolean isPromo(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    if ((MARKER.matcher(s).matches() || BYLINE.matcher(s).matches()) && s.length() < 160) {
      return true;
    }
    if (s.split("\\s+").length > MAX_WORDS || containsQuotation(s)) {
      return false;
    }
    if (!CALL_TO_ACTION.matcher(s).find()) {
      return false;
    }
    boolean addressed = ADDRESS.matcher(s).find();
    return PRODUCT.matcher(s).find() && (addressed || s.split("\\s+").length <= 12)
        || WEAK_PRODUCT.matcher(s).find() && addressed;
  }

  private static boolean containsQuotation(String s) {
    return s.indexOf('“') >= 0 || s.indexOf('"') >= 0;
  }
}
