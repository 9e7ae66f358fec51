package org.sitrep.geo.eval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.CleanDocument;
import org.sitrep.model.NameMention;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Annotated documents saved to disk, so that measuring the resolver again does not rerun the NLP
 * stage. A measurement tool only: dependencies are not kept.
 */
final class DocCache {
  private DocCache() {}

  /** One cached document and how long the NLP stage took on it. */
  record Cached(AnnotatedDocument doc, long annotateNanos) {}

  static void write(Path file, List<Cached> docs) throws IOException {
    Files.createDirectories(file.getParent());
    try (DataOutputStream d =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(file))))) {
      d.writeInt(docs.size());
      for (Cached c : docs) {
        AnnotatedDocument a = c.doc();
        CleanDocument cd = a.document();
        d.writeLong(c.annotateNanos());
        str(d, cd.id());
        str(d, cd.sha256());
        str(d, cd.title());
        str(d, cd.published() == null ? null : cd.published().toString());
        str(d, cd.source());
        str(d, cd.text());
        d.writeInt(cd.toSource().pieces().size());
        for (OffsetMap.Piece p : cd.toSource().pieces()) {
          d.writeInt(p.cleanStart());
          d.writeInt(p.sourceStart());
          d.writeInt(p.length());
        }
        d.writeInt(a.sentences().size());
        for (Sentence s : a.sentences()) {
          d.writeInt(s.index());
          d.writeInt(s.span().start());
          d.writeInt(s.span().end());
          d.writeInt(s.tokens().size());
          for (Token t : s.tokens()) {
            d.writeInt(t.index());
            str(d, t.word());
            str(d, t.lemma());
            str(d, t.pos());
            str(d, t.ner());
            d.writeInt(t.start());
            d.writeInt(t.end());
          }
        }
        d.writeInt(a.names().size());
        for (NameMention m : a.names()) {
          str(d, m.label());
          d.writeInt(m.span().start());
          d.writeInt(m.span().end());
          d.writeInt(m.firstToken());
          d.writeInt(m.lastToken());
          str(d, m.text());
        }
      }
    }
  }

  static List<Cached> read(Path file) throws IOException {
    try (DataInputStream d =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
      int n = d.readInt();
      List<Cached> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long nanos = d.readLong();
        String id = str(d);
        String sha = str(d);
        String title = str(d);
        String pub = str(d);
        String source = str(d);
        String text = str(d);
        int np = d.readInt();
        List<OffsetMap.Piece> pieces = new ArrayList<>();
        for (int k = 0; k < np; k++) {
          pieces.add(new OffsetMap.Piece(d.readInt(), d.readInt(), d.readInt()));
        }
        CleanDocument cd =
            new CleanDocument(
                id,
                sha,
                title,
                pub == null ? null : LocalDate.parse(pub),
                source,
                text,
                new OffsetMap(pieces));
        int ns = d.readInt();
        List<Sentence> sentences = new ArrayList<>(ns);
        for (int k = 0; k < ns; k++) {
          int idx = d.readInt();
          Span span = new Span(d.readInt(), d.readInt());
          int nt = d.readInt();
          List<Token> tokens = new ArrayList<>(nt);
          for (int t = 0; t < nt; t++) {
            int ti = d.readInt();
            String word = str(d);
            String lemma = str(d);
            String pos = str(d);
            String ner = str(d);
            tokens.add(new Token(ti, word, lemma, pos, ner, new Span(d.readInt(), d.readInt())));
          }
          sentences.add(new Sentence(idx, span, tokens, List.of()));
        }
        int nn = d.readInt();
        List<NameMention> names = new ArrayList<>(nn);
        for (int k = 0; k < nn; k++) {
          String label = str(d);
          Span span = new Span(d.readInt(), d.readInt());
          names.add(new NameMention(label, span, d.readInt(), d.readInt(), str(d)));
        }
        out.add(new Cached(new AnnotatedDocument(cd, sentences, names), nanos));
      }
      return out;
    }
  }

  private static void str(DataOutputStream d, String s) throws IOException {
    if (s == null) {
      d.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    d.writeInt(b.length);
    d.write(b);
  }

  private static String str(DataInputStream d) throws IOException {
    int len = d.readInt();
    if (len < 0) {
      return null;
    }
    byte[] b = d.readNBytes(len);
    return new String(b, StandardCharsets.UTF_8);
  }
}
