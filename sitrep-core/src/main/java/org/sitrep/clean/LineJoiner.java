package org.sitrep.clean;

import java.util.regex.Pattern;

/**
 * Joins hard-wrapped lines by turning the line break inside a paragraph into a space, so that a
 * sentence broken over lines is read as one. Length-preserving: offsets do not move.
 *
 * <p>A text is hard-wrapped when most of its lines end without sentence-final punctuation; then
 * every single line break after such a line is joined. In other texts, where one line is one
 * paragraph, only a break followed by a lower-case letter is joined. A line that is only a time of
 * day ("6.52am", "14:05 GMT") heads a live blog's entry and is never joined to either neighbour.
 */
final class LineJoiner {
  private LineJoiner() {}

  static String join(String text) {
    boolean wrapped = isHardWrapped(text);
    char[] out = text.toCharArray();
    int n = out.length;
    for (int i = 0; i < n; i++) {
      if (out[i] != '\n') {
        continue;
      }
      int prev = i - 1;
      while (prev >= 0 && (out[prev] == ' ' || out[prev] == '\t' || out[prev] == '\r')) {
        prev--;
      }
      int next = i + 1;
      while (next < n && (out[next] == ' ' || out[next] == '\t' || out[next] == '\r')) {
        next++;
      }
      if (prev < 0 || next >= n || out[next] == '\n' || out[prev] == '\n') {
        continue; // blank line: a paragraph break stays
      }
      if (endsSentence(out[prev])) {
        continue;
      }
      char c = out[next];
      if (isBullet(out, next) || isTimeLine(out, lineStart(out, prev), prev + 1)) {
        continue;
      }
      if (isTimeLine(out, next, lineEnd(out, next))) {
        continue;
      }
      if (Character.isLowerCase(c) || (wrapped && Character.isLetterOrDigit(c))) {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  static boolean isHardWrapped(String text) {
    String[] lines = text.split("\n");
    int counted = 0;
    int open = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String line = lines[i].strip();
      String next = lines[i + 1].strip();
      if (line.isEmpty() || next.isEmpty()) {
        continue;
      }
      counted++;
      if (!endsSentence(line.charAt(line.length() - 1))) {
        open++;
      }
    }
    return counted >= 4 && open * 2 > counted;
  }

  private static boolean endsSentence(char c) {
    return ".!?:;\"”’'»)]".indexOf(c) >= 0;
  }

  /** A time of day alone on a line: "6.52am", "10:15", "14.05 GMT", "9.30 a.m. local time". */
  private static final Pattern TIME_LINE =
      Pattern.compile(
          "\\d{1,2}[.:]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:[A-Z]{2,4}|local time))?",
          Pattern.CASE_INSENSITIVE);

  private static boolean isTimeLine(char[] s, int from, int to) {
    while (from < to && Character.isWhitespace(s[from])) {
      from++;
    }
    while (to > from && Character.isWhitespace(s[to - 1])) {
      to--;
    }
    return to - from <= 24 && TIME_LINE.matcher(new String(s, from, to - from)).matches();
  }

  private static int lineStart(char[] s, int at) {
    int i = at;
    while (i > 0 && s[i - 1] != '\n') {
      i--;
    }
    return i;
  }

  private static int lineEnd(char[] s, int at) {
    int i = at;
    while (i < s.length && s[i] != '\n') {
      i++;
    }
    return i;
  }

  private static boolean isBullet(char[] s, int at) {
    char c = s[at];
    return (c == '-' || c == '*' || c == '•' || c == '–') && at + 1 < s.length && s[at + 1] == ' ';
  }
}
