package org.sitrep.model;

import java.util.List;

/**
 * Maps offsets in a cleaned text back to the text it was cut from. Cleaning only removes whole
 * stretches, so the map is a list of kept pieces in order.
 */
public final class OffsetMap {
  /**
   * A kept piece: {@code length} code units at {@code cleanStart} came from {@code sourceStart}.
   */
  public record Piece(int cleanStart, int sourceStart, int length) {}

  private final List<Piece> pieces;

  public OffsetMap(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  public static OffsetMap identity(int length) {
    return new OffsetMap(List.of(new Piece(0, 0, length)));
  }

  public boolean isIdentity() {
    return pieces.size() <= 1 && (pieces.isEmpty() || pieces.get(0).sourceStart() == 0);
  }

  /**
   * The source offset of a clean offset. An offset on a boundary between two kept pieces maps to
   * the start of the later piece (where the character at that offset came from).
   */
  public int toSource(int cleanOffset) {
    for (Piece p : pieces) {
      if (cleanOffset >= p.cleanStart() && cleanOffset < p.cleanStart() + p.length()) {
        return p.sourceStart() + (cleanOffset - p.cleanStart());
      }
    }
    return endToSource(cleanOffset);
  }

  /** The source offset of an end offset: one on a boundary maps to the end of the earlier piece. */
  private int endToSource(int cleanOffset) {
    Piece last = null;
    for (Piece p : pieces) {
      if (cleanOffset < p.cleanStart()) {
        break;
      }
      last = p;
      if (cleanOffset <= p.cleanStart() + p.length()) {
        return p.sourceStart() + (cleanOffset - p.cleanStart());
      }
    }
    return last == null ? cleanOffset : last.sourceStart() + last.length();
  }

  public Span toSource(Span clean) {
    int s = toSource(clean.start());
    int e = Math.max(s, endToSource(clean.end()));
    return new Span(s, e);
  }

  public List<Piece> pieces() {
    return pieces;
  }
}
