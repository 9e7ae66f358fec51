package org.sitrep.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds direct quotations in a text: the words between quotation marks (“…”, "…", ''…'', «…», and
 * ‘…’ where the marks stand at word edges). A paragraph that opens a quotation and does not close
 * it continues into the next paragraph when that one opens with a quotation mark again; each
 * paragraph's part is its own quotation, linked to the first by {@link Found#chain}.
 */
public final class QuoteFinder {
  /**
   * One quotation found.
   *
   * @param start first character inside the marks (after leading spaces)
   * @param end end of the words inside the marks (trailing spaces and comma dropped)
   * @param open offset of the opening mark
   * @param close offset of the closing mark, or -1 when the paragraph ended first
   * @param chain index of the first quotation of its multi-paragraph chain (its own index if it
   *     starts one)
   */
  public record Found(int start, int end, int open, int close, int chain) {
    public boolean closed() {
      return close >= 0;
    }
  }

  private enum Kind {
    DOUBLE_CURLY,
    STRAIGHT,
    DOUBLED_APOSTROPHE,
    SINGLE_CURLY,
    GUILLEMET
  }

  public List<Found> find(String text) {
    List<Found> out = new ArrayList<>();
    int pos = 0;
    boolean previousParagraphOpen = false;
    int chainHead = -1;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      if (end > pos && !text.substring(pos, end).isBlank()) {
        int before = out.size();
        boolean opensWithMark = opensWithQuote(text, pos, end);
        boolean open = scanParagraph(text, pos, end, out);
        if (out.size() > before) {
          // link this paragraph's first quotation to the previous unclosed one
          Found first = out.get(before);
          if (previousParagraphOpen && opensWithMark && chainHead >= 0) {
            out.set(before, withChain(first, chainHead));
          } else {
            chainHead = before;
            out.set(before, withChain(first, before));
          }
          for (int i = before + 1; i < out.size(); i++) {
            out.set(i, withChain(out.get(i), i));
          }
          if (open) {
            chainHead = out.get(out.size() - 1).chain();
          }
        }
        // a paragraph whose open mark held no words ("\"" alone) leaves nothing to continue
        previousParagraphOpen = open && out.size() > before && !out.get(out.size() - 1).closed();
      }
      pos = end + 1;
    }
    return out;
  }

  private static Found withChain(Found f, int chain) {
    return new Found(f.start(), f.end(), f.open(), f.close(), chain);
  }

  private static boolean opensWithQuote(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      return c == '“'
          || c == '"'
          || c == '«'
          || c == '‘'
          || (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'');
    }
    return false;
  }

  /** Scans one paragraph; returns true when it ends inside an open quotation. */
  private static boolean scanParagraph(String text, int from, int to, List<Found> out) {
    Kind kind = null;
    int open = -1;
    int contentStart = -1;
    boolean innerSingle = false; // a ‘…’ quotation open inside a double one
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (kind == null) {
        Kind k = opener(text, i, from, to);
        if (k != null) {
          kind = k;
          open = i;
          contentStart = i + (k == Kind.DOUBLED_APOSTROPHE ? 2 : 1);
          innerSingle = false;
          i = contentStart;
          continue;
        }
      } else if (closes(kind, text, i, to)) {
        add(text, open, contentStart, i, i, out);
        i += kind == Kind.DOUBLED_APOSTROPHE ? 2 : 1;
        kind = null;
        continue;
      } else if (kind == Kind.DOUBLE_CURLY || kind == Kind.STRAIGHT) {
        if (opener(text, i, from, to) == Kind.SINGLE_CURLY) {
          innerSingle = true;
        } else if (c == '’' && i + 1 < to && text.charAt(i + 1) == '’') {
          // “…’’: a closing double mark typed as two single ones
          add(text, open, contentStart, i, i, out);
          i += 2;
          kind = null;
          continue;
        } else if (c == '’' && innerSingle && closes(Kind.SINGLE_CURLY, text, i, to)) {
          innerSingle = false;
        } else if (c == '’' && !innerSingle && mistypedClose(text, i, to)) {
          // “…,’ said X: a double quotation closed by a single mark after its last punctuation
          add(text, open, contentStart, i, i, out);
          i++;
          kind = null;
          continue;
        }
      }
      i++;
    }
    if (kind != null) {
      add(text, open, contentStart, to, -1, out);
      return true;
    }
    return false;
  }

  private static Kind opener(String text, int i, int from, int to) {
    char c = text.charAt(i);
    switch (c) {
      case '“':
        return Kind.DOUBLE_CURLY;
      case '«':
        return Kind.GUILLEMET;
      case '"':
        return Kind.STRAIGHT;
      case '\'':
        if (i + 1 < to && text.charAt(i + 1) == '\'' && wordEdgeBefore(text, i, from)) {
          return Kind.DOUBLED_APOSTROPHE;
        }
        return null;
      case '`':
        if (i + 1 < to && text.charAt(i + 1) == '`') {
          return Kind.DOUBLED_APOSTROPHE;
        }
        return null;
      case '‘':
        if (wordEdgeBefore(text, i, from)
            && i + 1 < to
            && Character.isLetterOrDigit(text.charAt(i + 1))) {
          return Kind.SINGLE_CURLY;
        }
        return null;
      default:
        return null;
    }
  }

  private static boolean closes(Kind kind, String text, int i, int to) {
    char c = text.charAt(i);
    return switch (kind) {
      case DOUBLE_CURLY -> c == '”' || c == '"';
      case GUILLEMET -> c == '»';
      case STRAIGHT -> c == '"' || c == '”';
      case DOUBLED_APOSTROPHE -> c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
      case SINGLE_CURLY ->
          c == '’'
              && (i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1)))
              && i > 0
              && !Character.isWhitespace(text.charAt(i - 1))
              && !(text.charAt(i - 1) == 's'
                  && i + 1 < to
                  && text.charAt(i + 1) == ' '
                  && looksPossessivePlural(text, i));
    };
  }

  /** ’ right after a comma or full stop and before a space or the paragraph's end. */
  private static boolean mistypedClose(String text, int i, int to) {
    return i > 0
        && ",.!?".indexOf(text.charAt(i - 1)) >= 0
        && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** "the soldiers’ families": a plural possessive, not a closing mark. */
  private static boolean looksPossessivePlural(String text, int i) {
    int j = i + 2;
    return j < text.length() && Character.isLowerCase(text.charAt(j));
  }

  private static boolean wordEdgeBefore(String text, int i, int from) {
    if (i == from) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{—–-:;,/".indexOf(p) >= 0;
  }

  private static void add(String text, int open, int start, int end, int close, List<Found> out) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
      e--;
    }
    if (e - s >= 2) {
      out.add(new Found(s, e, open, close, out.size()));
    }
  }
}
