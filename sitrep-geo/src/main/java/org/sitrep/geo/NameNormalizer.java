package org.sitrep.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a place name into the key the gazetteer is indexed by: case, diacritics, apostrophes and
 * primes, dots, hyphens and a leading "the" do not matter ("L'viv" and "Lviv", "Ternopil’" and
 * "Ternopil", "U.S." and "US", "St. Louis" and "Saint Louis" share a key). {@link #skeleton} folds
 * common transliteration variants further, for a second, looser look-up.
 */
public final class NameNormalizer {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼʻ′`´ʹ\u02bc\u02bb.]");
  private static final Pattern NON_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameNormalizer() {}

  /** The look-up key of a name; empty when the name has no letters or digits. */
  public static String key(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = foldLetters(s).toLowerCase(Locale.ROOT);
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return abbreviations(s);
  }

  /**
   * A looser key for transliteration variants: {@code y}/{@code i}/{@code j}, {@code w}/{@code v},
   * {@code kh}/{@code h}, {@code zh}/{@code j}, doubled letters. "Mykolayiv" and "Mykolaiv",
   * "Kyyiv" and "Kyiv" share a skeleton.
   */
  public static String skeleton(String key) {
    StringBuilder b = new StringBuilder(key.length());
    String s =
        key.replace("dzh", "j")
            .replace("zh", "j")
            .replace("kh", "h")
            .replace("tch", "ch")
            .replace("ou", "u")
            .replace('w', 'v')
            .replace('y', 'i')
            .replace('j', 'i');
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != prev) {
        b.append(c);
      }
      prev = c;
    }
    return b.toString();
  }

  /**
   * The consonants of a key's {@link #skeleton}, its first letter kept, after a leading Arabic
   * article ("al", "el", "ar"…): "al hasakah" and "hasekeh" give "hskh". Empty for short names.
   */
  public static String consonants(String key) {
    String s = stripArticle(skeleton(key));
    s = s.replace(" ", "");
    if (s.length() < 5) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    b.append(s.charAt(0));
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("aeiou".indexOf(c) < 0 && c != b.charAt(b.length() - 1)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether two keys are one name spelt with other vowels: the same letters in the same places but
   * where both have a vowel, after a leading Arabic article, the "h" of a final "-ah" and
   * transliteration variants.
   */
  public static boolean vowelVariant(String a, String b) {
    String x = stripArticle(skeleton(a)).replace(" ", "");
    String y = stripArticle(skeleton(b)).replace(" ", "");
    if (x.length() != y.length() || x.length() < 5) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      char p = x.charAt(i);
      char q = y.charAt(i);
      if (p != q && ("aeiou".indexOf(p) < 0 || "aeiou".indexOf(q) < 0)) {
        return false;
      }
    }
    return true;
  }

  /** Without a leading Arabic article, nor the "h" of a final "-ah", "-eh" ("Hasakah"). */
  private static String stripArticle(String s) {
    s = s.replaceFirst("^(al|el|ar|as|ad|an|at|az|ash|ed|er|es|et|ez) ", "");
    return s.length() > 5 && s.endsWith("h") && "aeiou".indexOf(s.charAt(s.length() - 2)) >= 0
        ? s.substring(0, s.length() - 1)
        : s;
  }

  /** True when the key is made of Latin letters, digits and spaces only. */
  public static boolean isLatinKey(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) {
        return false;
      }
    }
    return !key.isEmpty();
  }

  private static String foldLetters(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case 'ß' -> "ss";
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'đ', 'Đ' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            case 'ð', 'Ð' -> "d";
            default -> null;
          };
      if (r != null && b == null) {
        b = new StringBuilder(s.length() + 4).append(s, 0, i);
      }
      if (b != null) {
        if (r != null) {
          b.append(r);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  private static String abbreviations(String s) {
    if (s.isEmpty()) {
      return s;
    }
    String[] words = s.split(" ");
    boolean changed = false;
    for (int i = 0; i < words.length; i++) {
      String w =
          switch (words[i]) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "mt" -> "mount";
            case "ft" -> "fort";
            default -> null;
          };
      // "st" only stands for saint at the start or before another word ("St Petersburg").
      if (w != null && i < words.length - 1) {
        words[i] = w;
        changed = true;
      }
    }
    return changed ? String.join(" ", words) : s;
  }
}
