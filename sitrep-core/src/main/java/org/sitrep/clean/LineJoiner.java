package org.sitrep.clean;

/**
 * Joins hard-wrapped lines by turning the line break inside a paragraph into a space, so that a
 * sentence broken over lines is read as one. Length-preserving: offsets do not move.
 *
 * <p>A text is hard-wrapped when most of its lines end without sentence-final punctuation; then
 * every single line break after such a line is joined. In other texts, where one line is one
 * paragraph, only a break followed by a lower-case letter is joined.
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
      if (isBullet(out, next)) {
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

  private static boolean isBullet(char[] s, int at) {
    char c = s[at];
    return (c == '-' || c == '*' || c == '•' || c == '–') && at + 1 < s.length && s[at + 1] == ' ';
  }
}
