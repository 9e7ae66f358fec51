package org.sitrep.extract.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.extract.entities.EntityExtractor;
import org.sitrep.extract.text.TokenIndex;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Quote;
import org.sitrep.model.Speaker;
import org.sitrep.model.Token;

/**
 * Direct quotations and their speakers. Quotations come from {@link QuoteFinder}; each is
 * attributed by the first rule that applies:
 *
 * <ol>
 *   <li>a speech verb before it in its sentence ("X said:", "X declared Y were “…”"): its subject;
 *   <li>a speech verb right after it ("“…,” said X", "“…,” he added"): its subject;
 *   <li>a later part of a multi-paragraph quotation: the speaker of its first part;
 *   <li>a partial quotation inside a sentence: the sentence's subject;
 *   <li>a quotation with no attribution of its own: whoever spoke in the sentence just before it in
 *       the same paragraph ("“…,” said X. “…”"), else the speaker of the nearest attributed
 *       quotation in the same or the previous paragraph.
 * </ol>
 *
 * A pronoun subject ("he said") is resolved to the person the previous sentences are about.
 */
public final class QuoteExtractor {
  private final QuoteFinder finder = new QuoteFinder();
  private final Genders genders = Genders.load();

  /** An attribution, how sure it is, and the rule that made it (stored as provenance). */
  private record Attribution(Speaker speaker, double confidence, String rule) {}

  public List<Quote> extract(AnnotatedDocument doc, List<Entity> entities) {
    String text = doc.text();
    TokenIndex index = new TokenIndex(doc);
    Map<Integer, Entity> entityAt = EntityExtractor.byToken(entities, index);
    boolean[] inQuote = new boolean[index.size()];
    List<QuoteFinder.Found> found = finder.find(text);
    for (QuoteFinder.Found f : found) {
      int end = f.closed() ? f.close() + 1 : f.end();
      for (int i = index.atOrAfter(f.open());
          i < index.size() && index.token(i).start() < end;
          i++) {
        inQuote[i] = true;
      }
    }
    SpeakerFinder speakers = new SpeakerFinder(index, entityAt, inQuote, text, genders);
    Attribution[] result = new Attribution[found.size()];
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      Attribution a = null;
      int prevClose = q > 0 && found.get(q - 1).closed() ? found.get(q - 1).close() : -1;
      SpeakerFinder.Subject s = speakers.before(f, prevClose);
      String rule = "speech-verb-before";
      if (s == null) {
        s = speakers.after(f);
        rule = "speech-verb-after";
      }
      if (s == null) {
        s = speakers.laterInSentence(f);
        rule = "speech-verb-later-in-sentence";
      }
      if (s == null && f.chain() == q) {
        s = speakers.previousSentence(f, false);
        rule = "lead-in";
      }
      if (s != null) {
        a = new Attribution(s.speaker(), s.confidence(), rule);
      } else if (f.chain() != q && result[f.chain()] != null) {
        a =
            new Attribution(
                result[f.chain()].speaker(),
                result[f.chain()].confidence() * 0.95,
                "chain-first-part");
      } else if (speakers.isPartial(f)) {
        s = speakers.sentenceSubject(f.open());
        if (s != null) {
          a = new Attribution(s.speaker(), s.confidence() * 0.8, "partial-sentence-subject");
        }
      }
      result[q] = a;
      if (s != null) {
        speakers.noteSpeaker(f, s, rule.equals("speech-verb-after"));
      }
    }
    backfillChains(found, result, speakers);
    neighbourFallback(found, result, text, speakers);
    List<Quote> quotes = new ArrayList<>();
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      Attribution a = result[q];
      quotes.add(
          new Quote(
              "q" + (q + 1),
              f.start(),
              f.end(),
              text.substring(f.start(), f.end()),
              a == null ? null : a.speaker(),
              a == null ? 0.0 : round(a.confidence()),
              a == null ? null : a.rule()));
    }
    return quotes;
  }

  /** A chain attributed only after its last part ("“…\n“…,” she said.") gives all parts. */
  private static void backfillChains(
      List<QuoteFinder.Found> found, Attribution[] result, SpeakerFinder speakers) {
    for (int q = found.size() - 1; q >= 0; q--) {
      int chain = found.get(q).chain();
      if (chain != q && result[q] != null) {
        for (int k = chain; k < q; k++) {
          if (result[k] == null && found.get(k).chain() == chain) {
            result[k] =
                new Attribution(
                    result[q].speaker(), result[q].confidence() * 0.9, "chain-last-part");
          }
        }
      }
    }
  }

  /**
   * Unattributed quotations that open their sentence take whoever spoke in the sentence before, in
   * the same paragraph (a quotation's speaker, else the subject of a speech verb); else the speaker
   * of the previous attributed quotation of the same paragraph, else of the sentence before (when
   * it reports speech), else of the previous paragraph's last quotation, else of the next quotation
   * in the same paragraph.
   */
  private static void neighbourFallback(
      List<QuoteFinder.Found> found, Attribution[] result, String text, SpeakerFinder speakers) {
    int[] paragraph = paragraphs(text, found);
    for (int q = 0; q < found.size(); q++) {
      if (result[q] != null) {
        continue;
      }
      int para = paragraph[q];
      Attribution samePara = null;
      Attribution prevPara = null;
      for (int k = q - 1; k >= 0; k--) {
        int p = paragraph[k];
        if (p < para - 1) {
          break;
        }
        if (result[k] != null) {
          if (p == para) {
            samePara = result[k];
          } else {
            prevPara = result[k];
          }
          break;
        }
      }
      Attribution best = null;
      String rule = null;
      SpeakerFinder.Subject previous =
          speakers.isPartial(found.get(q)) ? null : speakers.previousSentenceSpeaker(found.get(q));
      if (previous != null) {
        // "“…,” said X. “…”": a quotation opening the sentence after someone spoke goes on with
        // them, before any earlier quotation of the paragraph
        best = new Attribution(previous.speaker(), previous.confidence(), null);
        rule = "previous-sentence-speaker";
      }
      if (best == null) {
        best = samePara;
        rule = "neighbour-same-paragraph";
      }
      if (best == null) {
        SpeakerFinder.Subject reported = speakers.previousSentence(found.get(q), true);
        if (reported != null) {
          best = new Attribution(reported.speaker(), reported.confidence(), null);
          rule = "reported-speech-before";
        }
      }
      if (best == null) {
        best = prevPara;
        rule = "neighbour-previous-paragraph";
      }
      if (best == null
          && q + 1 < found.size()
          && paragraph[q + 1] == para
          && result[q + 1] != null) {
        best = result[q + 1];
        rule = "neighbour-next-in-paragraph";
      }
      if (best != null) {
        result[q] = new Attribution(best.speaker(), best.confidence() * 0.6, rule);
      }
    }
  }

  /** Paragraph number of each quotation; a run of line breaks is one paragraph break. */
  private static int[] paragraphs(String text, List<QuoteFinder.Found> found) {
    int[] out = new int[found.size()];
    int n = 0;
    int pos = 0;
    for (int q = 0; q < found.size(); q++) {
      int offset = Math.min(found.get(q).open(), text.length());
      for (; pos < offset; pos++) {
        if (text.charAt(pos) == '\n' && (pos == 0 || text.charAt(pos - 1) != '\n')) {
          n++;
        }
      }
      out[q] = n;
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  static boolean isPersonOrGroup(Entity e) {
    return e.kind() == EntityKind.PERSON || e.kind() == EntityKind.GROUP;
  }

  static boolean isPronoun(Token t) {
    return t.pos().equals("PRP");
  }
}
