package org.sitrep.extract.quotes;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.entities.EntityExtractor;
import org.sitrep.extract.text.Lexicon;
import org.sitrep.extract.text.TokenIndex;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Sentence;
import org.sitrep.model.Speaker;
import org.sitrep.model.Token;

/**
 * Finds who speaks: the subject of a speech verb around a quotation, the subject of a sentence, and
 * the person a pronoun stands for. Works on tokens and parts of speech only.
 */
final class SpeakerFinder {
  /** A speaker found, how sure, and whether it is a person (pronouns resolve to persons). */
  record Subject(Speaker speaker, double confidence, boolean person) {}

  private static final Set<String> NP_TAGS =
      Set.of("NNP", "NNPS", "NN", "NNS", "JJ", "JJR", "JJS", "PRP$", "POS", "HYPH");

  /** Organisation names that are places people go, not actors that speak. */
  private static final java.util.regex.Pattern FACILITY =
      java.util.regex.Pattern.compile(
          "(?i)\\b(hospital|clinic|school|university|airport|station|camp|market|mosque|church|"
              + "prison|hotel|stadium|port|bank|museum)\\b");

  private final Genders genders;
  private final Map<Entity, Genders.Gender> genderCache = new HashMap<>();
  private final TokenIndex index;
  private final Map<Integer, Entity> entityAt;
  private final boolean[] inQuote;
  private final String text;
  private final Map<Integer, Subject> spokeIn = new HashMap<>();

  SpeakerFinder(
      TokenIndex index,
      Map<Integer, Entity> entityAt,
      boolean[] inQuote,
      String text,
      Genders genders) {
    this.genders = genders;
    this.index = index;
    this.entityAt = entityAt;
    this.inQuote = inQuote;
    this.text = text;
  }

  /**
   * Remembers who spoke in every sentence a quotation and its attribution touch; {@code
   * attributionAfter} when the attribution follows the closing mark ("“…?” said X, …"), whose
   * sentence may be one of its own.
   */
  void noteSpeaker(QuoteFinder.Found f, Subject s, boolean attributionAfter) {
    int from = index.atOrAfter(f.start());
    int to = index.before(f.closed() ? f.close() + 1 : f.end());
    if (from >= index.size() || to < 0) {
      return;
    }
    if (attributionAfter && f.closed() && to + 1 < index.size()) {
      to = to + 1;
    }
    for (int k = index.sentenceIndex(from); k <= index.sentenceIndex(to); k++) {
      spokeIn.put(k, s);
    }
  }

  /** "X said: “…”", "X declared Y were “…”": a speech verb before the quotation. */
  Subject before(QuoteFinder.Found f, int previousClose) {
    int q = index.atOrAfter(f.open());
    int inside = index.atOrAfter(f.start());
    if (inside >= index.size()) {
      return null;
    }
    Sentence sentence = index.sentenceOfToken(inside);
    int lower = sentence.firstToken();
    if (previousClose >= 0) {
      lower = Math.max(lower, index.atOrAfter(previousClose) + 1);
    }
    for (int v = q - 1; v >= lower; v--) {
      Token t = index.token(v);
      if (!inQuote[v] && Lexicon.isSpeechVerb(t.lemma(), t.pos())) {
        return subjectOf(v, sentence.firstToken());
      }
    }
    return wordsOf(lower, q - 1, q - 1); // "In the words of X, “…”"
  }

  /** "the words of X" starting at or after {@code from} and by {@code last}: X, or null. */
  private Subject wordsOf(int from, int last, int limit) {
    for (int k = from; k <= last && k + 2 <= limit; k++) {
      if (!inQuote[k]
          && !inQuote[k + 1]
          && lower(index.token(k).word()).equals("words")
          && lower(index.token(k + 1).word()).equals("of")) {
        int np = k + 2;
        int end = inQuote[np] ? np - 1 : npEnd(np, limit);
        return end >= np ? resolve(np, end, 0.85) : null;
      }
    }
    return null;
  }

  /** "“…,” said X", "“…,” X said", "“…,” he added", "“…”, according to X". */
  Subject after(QuoteFinder.Found f) {
    if (!f.closed()) {
      return null;
    }
    int close = index.atOrAfter(f.close());
    if (close >= index.size()) {
      return null;
    }
    int i = close + 1;
    int limit = Math.min(index.size() - 1, i + 10);
    int newline = text.indexOf('\n', f.close());
    while (newline >= 0 && limit >= i && index.token(limit).start() > newline) {
      limit--; // never past the end of the paragraph
    }
    while (i <= limit && isPunctuation(index.token(i)) && !isSentenceEnd(index.token(i))) {
      i++;
    }
    if (i > limit || isSentenceEnd(index.token(i)) || inQuote[i]) {
      return null;
    }
    Token t = index.token(i);
    if (endsWithFullStop(f) && t.isCapitalised() && !t.pos().equals("PRP")) {
      // a new sentence: it names the speaker when it reports speech ("“…” Abu Khaled said his
      // family …"), not when its speech verb opens a quotation of its own ("His son added: “…"),
      // nor when the quotation goes on from a speaker just before it in the same paragraph
      // ("“…,” said X. “…” Y said …") or follows a lead-in of its own ("X wrote: “…” Y said …")
      Sentence next = index.sentenceOfToken(i);
      Subject words = wordsOf(i, Math.min(next.lastToken(), i + 5), next.lastToken());
      if (words != null) {
        return words; // "“…” Those are the words of X"
      }
      if (followsColon(f) || continuesPreviousSpeaker(f)) {
        return null;
      }
      return nextSentenceReporter(i);
    }
    if (Lexicon.isSpeechVerb(t.lemma(), t.pos())) {
      int np = i + 1;
      if (np <= limit && !inQuote[np]) {
        int end = npEnd(np, limit);
        if (end >= np) {
          return resolve(np, end, 0.9);
        }
      }
      return null;
    }
    if (lower(t.word()).equals("according") && i + 2 <= limit) {
      int np = i + 2;
      return resolve(np, npEnd(np, limit), 0.85);
    }
    int end = npEnd(i, limit);
    if (end < i) {
      return null;
    }
    int v = end + 1;
    if (v <= limit && index.token(v).word().equals(",")) {
      // "“…,” another friend, Mariam Emara, told CNN" / "X, a spokesman, said"
      int k = v + 1;
      boolean relative = k <= limit && index.token(k).pos().startsWith("W");
      while (k <= limit
          && !index.token(k).word().equals(",")
          && !inQuote[k]
          && (relative || !isFiniteVerb(index.token(k)))) {
        k++;
      }
      if (k <= limit && index.token(k).word().equals(",")) {
        k++;
      }
      int w = k;
      while (w <= limit && isSkippable(index.token(w))) {
        w++;
      }
      if (w <= limit && Lexicon.isSpeechVerb(index.token(w).lemma(), index.token(w).pos())) {
        int appositiveEnd = k - 1;
        while (appositiveEnd > v && isPunctuation(index.token(appositiveEnd))) {
          appositiveEnd--;
        }
        Subject named = relative ? null : resolve(v + 1, appositiveEnd, 0.9);
        if (named != null && named.person()) {
          return named;
        }
        return resolve(i, end, 0.9);
      }
    }
    while (v <= limit && isSkippable(index.token(v))) {
      v++;
    }
    if (v <= limit && Lexicon.isSpeechVerb(index.token(v).lemma(), index.token(v).pos())) {
      return resolve(i, end, 0.9);
    }
    return null;
  }

  /** True when the mark that opens the quotation follows a colon ("X wrote: “…"). */
  boolean followsColon(QuoteFinder.Found f) {
    int q = index.atOrAfter(f.open());
    if (q <= 0 || q >= index.size()) {
      return false;
    }
    int p = q - 1;
    return index.token(p).word().equals(":")
        && index.sentenceIndex(p) == index.sentenceIndex(index.atOrAfter(f.start()));
  }

  /**
   * True when the quotation opens its sentence and the sentence before it, in the same paragraph,
   * names a speaker: a quotation attributed there or reported speech ("“…,” said X. “…”").
   */
  boolean continuesPreviousSpeaker(QuoteFinder.Found f) {
    return !isPartial(f) && previousSentenceSpeaker(f) != null;
  }

  /**
   * Who spoke in the sentence before the quotation's when that one is in the same paragraph: the
   * speaker of a quotation attributed there, else the subject of its speech verb.
   */
  Subject previousSentenceSpeaker(QuoteFinder.Found f) {
    int q = index.atOrAfter(f.start());
    if (q >= index.size()) {
      return null;
    }
    int s = index.sentenceIndex(q) - 1;
    if (s < 0) {
      return null;
    }
    Sentence prev = index.sentences.get(s);
    int gapFrom = prev.span().end();
    int gapTo = Math.max(gapFrom, Math.min(f.open(), text.length()));
    if (text.substring(gapFrom, gapTo).indexOf('\n') >= 0) {
      return null;
    }
    Subject spoke = spokeIn.get(s);
    return spoke != null ? spoke : previousSentence(f, true);
  }

  /** True when the quotation's sentence has words of its own before the quotation. */
  boolean isPartial(QuoteFinder.Found f) {
    int q = index.atOrAfter(f.open());
    if (q >= index.size()) {
      return false;
    }
    Sentence s = index.sentenceOfToken(index.atOrAfter(f.start()));
    for (int i = s.firstToken(); i < q; i++) {
      if (!inQuote[i] && Character.isLetterOrDigit(index.token(i).word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the sentence holding {@code offset}, or its "According to X," source. */
  Subject sentenceSubject(int offset) {
    int q = index.atOrAfter(offset);
    if (q >= index.size()) {
      return null;
    }
    Sentence s = index.sentenceOfToken(q);
    Subject source = accordingTo(s.firstToken(), q);
    return source != null ? source : sentenceSubject(s.firstToken(), q);
  }

  /** "According to X, …": X is the source of what the sentence says. */
  private Subject accordingTo(int start, int limit) {
    for (int i = start; i + 2 < limit; i++) {
      if (!inQuote[i]
          && lower(index.token(i).word()).equals("according")
          && lower(index.token(i + 1).word()).equals("to")) {
        int end = npEnd(i + 2, limit - 1);
        return end >= i + 2 ? resolve(i + 2, end, 0.85) : null;
      }
    }
    return null;
  }

  /** The subject of speech verb {@code v}: the noun phrase right before it, else the sentence's. */
  private Subject subjectOf(int v, int sentenceStart) {
    int i = v - 1;
    while (i >= sentenceStart && isSkippable(index.token(i))) {
      i--;
    }
    boolean participle = index.token(v).pos().equals("VBG") || index.token(v).pos().equals("VBN");
    if (participle && i >= sentenceStart && isClauseBreak(index.token(i))) {
      // "…, saying: “…”", "…, adding …": the speaker is the subject of the main clause
      for (int k = i - 1; k >= sentenceStart; k--) {
        Token t = index.token(k);
        if (!inQuote[k] && Lexicon.isSpeechVerb(t.lemma(), t.pos()) && !t.pos().equals("VBG")) {
          return subjectOf(k, sentenceStart);
        }
      }
      return sentenceSubjectScaled(sentenceStart, v);
    }
    if (participle
        && index.token(v).pos().equals("VBG")
        && i >= sentenceStart
        && !inQuote[i]
        && isNominal(index.token(i))
        && isObject(npStart(i, sentenceStart), sentenceStart)) {
      // "X wrote to the committee saying …": the noun before the participle is the object of the
      // clause the participle hangs from, whose subject speaks
      int main = finiteVerbBefore(npStart(i, sentenceStart) - 1, sentenceStart);
      if (main >= 0) {
        Subject s = subjectOf(main, sentenceStart);
        if (s != null) {
          return s;
        }
      }
    }
    if (i >= sentenceStart && index.token(i).pos().equals("CC") && !inQuote[i]) {
      // "X refused to comment, but said …": a coordinated verb shares the subject of the verb
      // before it, a speech verb ("X said Y had … and added") before any other
      int main = speechVerbBefore(i - 1, sentenceStart);
      if (main < 0) {
        main = finiteVerbBefore(i - 1, sentenceStart);
      }
      if (main >= 0
          && main - 1 >= sentenceStart
          && !inQuote[main - 1]
          && isNominal(index.token(main - 1))) {
        Subject s = subjectOf(main, sentenceStart);
        if (s != null) {
          return s;
        }
      }
    }
    // "A witness who lives near the square said": the noun before the relative pronoun
    Subject relative = beforeRelativePronoun(i, sentenceStart);
    if (relative != null) {
      return relative;
    }
    if (i >= sentenceStart && !inQuote[i] && isNominal(index.token(i))) {
      int from = npStart(i, sentenceStart);
      int head = governingNoun(from, sentenceStart);
      Subject s = head >= 0 ? resolve(npStart(head, sentenceStart), head, 0.85) : null;
      if (s == null) {
        s = resolve(from, i, 0.9);
      }
      if (s != null) {
        return s;
      }
    }
    // "X, 62, from Coventry, said" / "X, who …, called": the subject opens the sentence and an
    // aside follows it
    if (i >= sentenceStart && isClauseBreak(index.token(i))) {
      Subject opener = subjectWithAside(sentenceStart, v);
      if (opener != null) {
        return opener;
      }
    }
    int k = i;
    for (int groups = 0;
        groups < 3 && k >= sentenceStart && isClauseBreak(index.token(k));
        groups++) {
      int open = k - 1;
      while (open >= sentenceStart && !isClauseBreak(index.token(open)) && !inQuote[open]) {
        open--;
      }
      if (open < sentenceStart || inQuote[open]) {
        break;
      }
      Subject aside = groups == 0 ? personAside(open + 1, k + 1) : null;
      if (aside != null) {
        return aside; // "the spokesman for the army, Brigadier X, said"
      }
      int end = open - 1;
      if (end >= sentenceStart && !inQuote[end] && isNominal(index.token(end))) {
        Subject s = resolve(npStart(end, sentenceStart), end, 0.85);
        if (s != null) {
          return s;
        }
      }
      k = open;
    }
    return sentenceSubjectScaled(sentenceStart, v);
  }

  /**
   * True when the noun phrase starting at {@code from} is the object of a preposition, not the
   * subject of an absolute phrase ("with X calling it …").
   */
  private boolean isObject(int from, int sentenceStart) {
    int p = from - 1;
    if (p < sentenceStart || inQuote[p]) {
      return false;
    }
    Token t = index.token(p);
    String w = lower(t.word());
    return (t.pos().equals("IN") || t.pos().equals("TO"))
        && !w.equals("with")
        && !w.equals("without");
  }

  /** The nearest finite speech verb at or before {@code from}, outside quotations, or -1. */
  private int speechVerbBefore(int from, int sentenceStart) {
    for (int k = from; k >= sentenceStart; k--) {
      Token t = index.token(k);
      if (inQuote[k] || t.word().equals(":") || t.word().equals(";")) {
        return -1;
      }
      if (isFiniteVerb(t) && Lexicon.isSpeechVerb(t.lemma(), t.pos())) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The nearest finite verb at or before {@code from} in the sentence, outside quotations, or -1.
   */
  private int finiteVerbBefore(int from, int sentenceStart) {
    for (int k = from; k >= sentenceStart && k > from - 25; k--) {
      Token t = index.token(k);
      if (inQuote[k] || t.word().equals(":") || t.word().equals(";")) {
        return -1;
      }
      if (isFiniteVerb(t) && !t.pos().equals("MD")) {
        return k;
      }
    }
    return -1;
  }

  /**
   * When the words right before a verb end a relative clause ("who asked not to be named"), the
   * subject is the noun phrase before the relative pronoun.
   */
  private Subject beforeRelativePronoun(int i, int sentenceStart) {
    for (int k = i; k > sentenceStart && k > i - 15; k--) {
      Token t = index.token(k);
      if (inQuote[k] || isSentenceEnd(t) || t.word().equals(":") || t.word().equals(";")) {
        return null;
      }
      boolean afterRelative = k - 1 > sentenceStart && index.token(k - 1).pos().startsWith("W");
      if (t.isVerb() && Lexicon.isSpeechVerb(t.lemma(), t.pos()) && !afterRelative) {
        return null; // a speech verb of another clause; "who asked not to be named" is not one
      }
      boolean subjectRelative =
          k + 1 <= i
              && (index.token(k + 1).isVerb()
                  || index.token(k + 1).pos().equals("MD")
                  || index.token(k + 1).pos().startsWith("RB"));
      if ((t.pos().equals("WP") || t.pos().equals("WDT") && !lower(t.word()).equals("that"))
          && !lower(t.word()).equals("what")
          && subjectRelative) {
        int end = k - 1;
        while (end >= sentenceStart && isClauseBreak(index.token(end))) {
          end--;
        }
        if (end < sentenceStart || inQuote[end] || !isNominal(index.token(end))) {
          return null;
        }
        int from = npStart(end, sentenceStart);
        int head = governingNoun(from, sentenceStart);
        Subject s = head >= 0 ? resolve(npStart(head, sentenceStart), head, 0.85) : null;
        s = s != null ? s : resolve(from, end, 0.85);
        if ((s == null || !s.person())
            && from - 2 >= sentenceStart
            && index.token(from - 1).word().equals(",")
            && isPerson(from - 2)) {
          // "Nang Seng, a trader who drives the route, said": the named person
          Subject named = resolve(npStart(from - 2, sentenceStart), from - 2, 0.85);
          if (named != null) {
            return named;
          }
        }
        return s;
      }
    }
    return null;
  }

  /**
   * "A resident of Manbij", "a doctor in Debre Markos": when the noun phrase starting at {@code
   * from} is the object of a preposition after a common noun, that noun, else -1.
   */
  private int governingNoun(int from, int sentenceStart) {
    int p = from - 1;
    if (p - 1 < sentenceStart || !index.token(p).pos().equals("IN")) {
      return -1;
    }
    String prep = lower(index.token(p).word());
    if (!Set.of("of", "in", "from", "at", "near", "with", "for").contains(prep)) {
      return -1;
    }
    Token noun = index.token(p - 1);
    if (inQuote[p - 1] || !noun.isNoun() || noun.isProperNoun() || entityAt.containsKey(p - 1)) {
      return -1;
    }
    return p - 1;
  }

  /** The sentence's first noun phrase when an aside (", …," or "– … –") follows it at once. */
  private Subject subjectWithAside(int sentenceStart, int limit) {
    int i = skipFronted(sentenceStart, limit);
    if (i < 0 || !startsNounPhrase(index.token(i))) {
      return null;
    }
    int end = npEnd(i, limit - 1);
    if (end < i || end + 1 >= limit || !isClauseBreak(index.token(end + 1))) {
      return null;
    }
    Subject subject = resolve(i, end, 0.85);
    if (subject != null && !subject.person()) {
      // "The UN's coordinator, Clara Mendes, warned": the name in the aside is the speaker
      Subject aside = personAside(end + 2, limit);
      if (aside != null) {
        return aside;
      }
    }
    return subject;
  }

  /** A person's name alone between clause breaks, starting at {@code from}, or null. */
  private Subject personAside(int from, int limit) {
    int to = from;
    while (to < limit && !isClauseBreak(index.token(to)) && !inQuote[to]) {
      to++;
    }
    if (to >= limit || to == from || to - from > 6 || !isClauseBreak(index.token(to))) {
      return null;
    }
    Subject s = resolve(from, to - 1, 0.85);
    return s != null && s.person() ? s : null;
  }

  private Subject sentenceSubjectScaled(int sentenceStart, int limit) {
    Subject s = sentenceSubject(sentenceStart, limit);
    return s == null ? null : new Subject(s.speaker(), s.confidence() * 0.9, s.person());
  }

  /** A speech verb later in the quotation's sentence: "Trump's “excesses” …, Hollande said". */
  Subject laterInSentence(QuoteFinder.Found f) {
    int from = index.atOrAfter(f.closed() ? f.close() + 1 : f.end());
    if (from >= index.size()) {
      return null;
    }
    Sentence sentence = index.sentenceOfToken(index.atOrAfter(f.start()));
    for (int v = from; v <= sentence.lastToken(); v++) {
      Token t = index.token(v);
      if (inQuote[v]) {
        return null; // the next quotation has its own attribution
      }
      if (Lexicon.isSpeechVerb(t.lemma(), t.pos()) && !t.pos().equals("VBG")) {
        Subject s = subjectOf(v, sentence.firstToken());
        if (s == null && v + 1 <= sentence.lastToken()) {
          int end = npEnd(v + 1, sentence.lastToken());
          s = end > v ? resolve(v + 1, end, 0.8) : null;
        }
        return s == null ? null : new Subject(s.speaker(), s.confidence() * 0.9, s.person());
      }
    }
    return null;
  }

  /**
   * The speaker of the sentence before the quotation when it leads into it ("Reporter X says:") or,
   * with {@code anySpeech}, when it reports what someone said.
   */
  Subject previousSentence(QuoteFinder.Found f, boolean anySpeech) {
    int q = index.atOrAfter(f.start());
    if (q >= index.size()) {
      return null;
    }
    int s = index.sentenceIndex(q) - 1;
    if (s < 0) {
      return null;
    }
    Sentence prev = index.sentences.get(s);
    Token last = index.token(prev.lastToken());
    if (!anySpeech && !last.word().equals(":")) {
      return null;
    }
    for (int v = prev.lastToken(); v >= prev.firstToken(); v--) {
      Token t = index.token(v);
      if (!inQuote[v] && Lexicon.isSpeechVerb(t.lemma(), t.pos())) {
        Subject sub = subjectOf(v, prev.firstToken());
        if (sub == null && v + 1 <= prev.lastToken()) {
          int end = npEnd(v + 1, prev.lastToken());
          sub = end > v ? resolve(v + 1, end, 0.8) : null;
        }
        if (sub != null) {
          return new Subject(
              sub.speaker(), sub.confidence() * (anySpeech ? 1.0 : 0.9), sub.person());
        }
      }
    }
    return null;
  }

  private Subject nextSentenceReporter(int first) {
    Sentence sentence = index.sentenceOfToken(first);
    for (int v = first; v <= sentence.lastToken() && v < first + 25; v++) {
      Token t = index.token(v);
      if (inQuote[v]) {
        return null;
      }
      if (Lexicon.isSpeechVerb(t.lemma(), t.pos()) && !t.pos().equals("VBG")) {
        int after = v + 1;
        while (after <= sentence.lastToken() && isSkippable(index.token(after))) {
          after++;
        }
        if (after <= sentence.lastToken()
            && (index.token(after).word().equals(":") || inQuote[after])) {
          return null;
        }
        Subject s = subjectOf(v, sentence.firstToken());
        return s == null ? null : new Subject(s.speaker(), s.confidence() * 0.85, s.person());
      }
    }
    return null;
  }

  private static boolean isFiniteVerb(Token t) {
    String p = t.pos();
    return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
  }

  private boolean endsWithFullStop(QuoteFinder.Found f) {
    return f.end() > 0 && text.charAt(f.end() - 1) == '.';
  }

  private static boolean isClauseBreak(Token t) {
    String w = t.word();
    return w.equals(",") || w.equals("–") || w.equals("—") || w.equals("--") || w.equals(")");
  }

  /** First noun phrase of the sentence, after a fronted phrase ("At the border, X …"). */
  private Subject sentenceSubject(int start, int limit) {
    int i = skipFronted(start, limit);
    if (i < 0 || !startsNounPhrase(index.token(i))) {
      return null;
    }
    int end = npEnd(i, limit - 1);
    return end < i ? null : resolve(i, end, 0.8);
  }

  /** Index of the sentence's first word after conjunctions and a fronted phrase, or -1. */
  private int skipFronted(int start, int limit) {
    int i = start;
    while (i < limit
        && (isPunctuation(index.token(i))
            || inQuote[i]
            || index.token(i).pos().equals("CC")
            || index.token(i).pos().startsWith("RB"))) {
      i++;
    }
    if (i >= limit) {
      return -1;
    }
    int comma = -1;
    for (int k = i; k < limit && k < i + 12; k++) {
      if (index.token(k).word().equals(",")) {
        comma = k;
        break;
      }
    }
    boolean fronted =
        index.token(i).pos().equals("IN")
            || index.token(i).pos().equals("TO")
            || (comma > 0
                && comma - i <= 4
                && !hasVerbOrPerson(i, comma)
                && !isNominalHead(i, comma));
    if (fronted && comma > 0) {
      i = comma + 1;
    } else if (fronted && index.token(i).pos().equals("IN")) {
      // "On Sunday Holmes joined …": a time phrase fronted without a comma
      int j = i + 1;
      while (j < limit
          && (index.token(j).pos().equals("DT") || index.token(j).pos().equals("JJ"))) {
        j++;
      }
      if (j + 1 < limit && Lexicon.TIME_WORDS.contains(lower(index.token(j).word()))) {
        i = j + 1;
      }
    }
    while (i < limit && (isPunctuation(index.token(i)) || inQuote[i])) {
      i++;
    }
    return i >= limit ? -1 : i;
  }

  private boolean hasVerbOrPerson(int from, int to) {
    for (int k = from; k < to; k++) {
      Token t = index.token(k);
      if (t.isVerb() || isPerson(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Serhiy Orlov, deputy mayor …": a name before the comma is the subject, not a fronted phrase.
   */
  private boolean isNominalHead(int from, int comma) {
    Token last = index.token(comma - 1);
    return entityAt.containsKey(comma - 1) || last.isProperNoun() && !last.ner().equals("LOCATION");
  }

  /** Resolves the noun phrase {@code [from, to]} to a speaker: its head decides. */
  private Subject resolve(int from, int to, double confidence) {
    if (from > to || from < 0) {
      return null;
    }
    Entity head = inQuote[to] ? null : entityAt.get(to);
    if (head == null || head.kind() != EntityKind.PERSON) {
      // "Lieutenant X of the Y Army": the person before "of" heads the phrase
      for (int k = from; k < to; k++) {
        Entity e = entityAt.get(k);
        if (e != null
            && e.kind() == EntityKind.PERSON
            && !inQuote[k]
            && !e.equals(entityAt.get(k + 1))
            && Set.of("of", "from", "at", "with").contains(lower(index.token(k + 1).word()))) {
          head = e;
          break;
        }
      }
    }
    if (head != null && head.kind() == EntityKind.PERSON) {
      return new Subject(new Speaker(head.name(), head.id()), confidence, true);
    }
    if (from == to && index.token(from).pos().equals("PRP")) {
      return pronoun(from, confidence);
    }
    Token headToken = index.token(to);
    if (!headToken.isNoun() || Lexicon.TIME_WORDS.contains(lower(headToken.word()))) {
      return null;
    }
    String headWord = lower(headToken.word());
    if (head == null
        && (Lexicon.NOT_SPEAKERS.contains(headWord)
            || headWord.endsWith("ing")
            || headWord.endsWith("."))) {
      return null; // "the attack", "the timeline", "flying", "Dec.": nothing that speaks
    }
    if (head != null) {
      return new Subject(new Speaker(head.name(), head.id()), confidence, false);
    }
    Subject described = definiteDescription(from, to, confidence);
    if (described != null) {
      return described;
    }
    String name =
        EntityExtractor.stripDeterminer(text.substring(index.token(from).start(), headToken.end()));
    return new Subject(new Speaker(name, null), confidence * 0.85, false);
  }

  /**
   * "The group said", "the governor added": a definite description names the nearest entity before
   * it that fits — an organisation or group for an institution noun, a person whose role ends with
   * the noun.
   */
  private Subject definiteDescription(int from, int to, double confidence) {
    if (to != from + 1 || !lower(index.token(from).word()).equals("the")) {
      return null;
    }
    String noun = lower(index.token(to).word());
    // nouns that only point back ("the group said"); "the army" or "the ministry" name themselves
    boolean institution =
        Set.of(
                "group",
                "movement",
                "organisation",
                "organization",
                "coalition",
                "alliance",
                "faction",
                "outfit",
                "militia",
                "charity",
                "agency")
            .contains(noun);
    for (int k = from - 1; k >= 0 && k > from - 400; k--) {
      Entity e = entityAt.get(k);
      if (e == null || inQuote[k]) {
        continue;
      }
      boolean fits =
          institution
              ? (e.kind() == EntityKind.ORGANIZATION || e.kind() == EntityKind.GROUP)
                  && Character.isUpperCase(e.name().codePointAt(0))
                  && !FACILITY.matcher(e.name()).find()
              : e.kind() == EntityKind.PERSON
                  && e.role() != null
                  && lower(e.role()).matches(".*\\b" + java.util.regex.Pattern.quote(noun) + "$");
      if (fits) {
        return new Subject(
            new Speaker(e.name(), e.id()), confidence * 0.8, e.kind() == EntityKind.PERSON);
      }
    }
    return null;
  }

  /** He/she: the person the text was just about; it: the organisation. */
  private Subject pronoun(int at, double confidence) {
    return pronoun(at, confidence, 0);
  }

  private Subject pronoun(int at, double confidence, int depth) {
    String p = lower(index.token(at).word());
    boolean personal = Lexicon.PERSONAL_PRONOUNS.contains(p);
    boolean neuter = p.equals("it");
    if (!personal && !neuter) {
      return null;
    }
    Genders.Gender wanted = Genders.ofPronoun(p);
    int sentence = index.sentenceIndex(at);
    int sentenceStart = index.sentences.get(sentence).firstToken();
    // "Sitting beside a photo of X, he says": the pronoun is who sits, not anyone in that phrase
    int sameFrom = opensWithParticiple(sentenceStart, at) ? at : sentenceStart;
    for (int k = at - 1; k >= sameFrom; k--) {
      if (!inQuote[k] && matches(k, personal) && fits(entityAt.get(k), wanted)) {
        return fromEntity(entityAt.get(k), confidence * 0.85, personal);
      }
    }
    for (int s = sentence - 1; s >= Math.max(0, sentence - 10); s--) {
      Subject spoke = spokeIn.get(s);
      if (spoke != null
          && spoke.person() == personal
          && spoke.speaker() != null
          && fits(spoke.speaker(), wanted)) {
        return new Subject(spoke.speaker(), confidence * 0.85, personal);
      }
      Sentence prev = index.sentences.get(s);
      for (Token t : prev.tokens()) {
        if (inQuote[t.index()]) {
          continue;
        }
        if (matches(t.index(), personal) && fits(entityAt.get(t.index()), wanted)) {
          return fromEntity(entityAt.get(t.index()), confidence * 0.8, personal);
        }
        if (personal
            && wanted != Genders.Gender.UNKNOWN
            && depth < 3
            && t.pos().equals("PRP")
            && Genders.ofPronoun(t.word()) == wanted) {
          // "She was a booster of X. “…,” she said": the earlier "she" is who this one is
          return pronoun(t.index(), confidence, depth + 1);
        }
      }
      if (neuter && s == sentence - 1) {
        // "The Free Press campaign has … . It said": a named body that opens the sentence before
        Subject subject = sentenceSubject(prev.firstToken(), prev.lastToken() + 1);
        if (subject != null
            && !subject.person()
            && subject.speaker().entity() == null
            && Character.isUpperCase(subject.speaker().name().codePointAt(0))) {
          return new Subject(subject.speaker(), confidence * 0.8, false);
        }
      }
    }
    return null;
  }

  /**
   * True when the sentence opens with a participle phrase that the comma right before {@code at}
   * closes ("Sitting …, he", "Asked about …, she").
   */
  private boolean opensWithParticiple(int sentenceStart, int at) {
    int first = sentenceStart;
    while (first < at && (isPunctuation(index.token(first)) || inQuote[first])) {
      first++;
    }
    String pos = index.token(first).pos();
    return first < at
        && (pos.equals("VBG") || pos.equals("VBN"))
        && at - 1 > first
        && index.token(at - 1).word().equals(",");
  }

  private boolean fits(Entity e, Genders.Gender wanted) {
    if (wanted == Genders.Gender.UNKNOWN || e.kind() != EntityKind.PERSON) {
      return true;
    }
    Genders.Gender g = genderCache.computeIfAbsent(e, x -> genders.of(x, text));
    return Genders.compatible(wanted, g);
  }

  private boolean fits(Speaker speaker, Genders.Gender wanted) {
    if (speaker.entity() == null || wanted == Genders.Gender.UNKNOWN) {
      return true;
    }
    for (Entity e : entityAt.values()) {
      if (e.id().equals(speaker.entity())) {
        return fits(e, wanted);
      }
    }
    return true;
  }

  private boolean matches(int token, boolean person) {
    Entity e = entityAt.get(token);
    if (e == null) {
      return false;
    }
    return person ? e.kind() == EntityKind.PERSON : e.kind() == EntityKind.ORGANIZATION;
  }

  private static Subject fromEntity(Entity e, double confidence, boolean person) {
    return new Subject(new Speaker(e.name(), e.id()), confidence, person);
  }

  private boolean isPerson(int k) {
    Entity e = entityAt.get(k);
    return e != null && e.kind() == EntityKind.PERSON;
  }

  /** Start of the noun phrase whose head is {@code head}. */
  private int npStart(int head, int sentenceStart) {
    int from = head;
    if (index.token(head).pos().equals("PRP")) {
      return head;
    }
    while (from - 1 >= sentenceStart && !inQuote[from - 1]) {
      Token p = index.token(from - 1);
      if (NP_TAGS.contains(p.pos())
          || p.pos().equals("DT")
          || entityAt.containsKey(from - 1)
          || p.word().equals("-")
          || ofInsideName(from - 1, sentenceStart)) {
        from--;
        if (p.pos().equals("DT")) {
          break;
        }
      } else {
        break;
      }
    }
    return from;
  }

  /** End of the noun phrase that starts at {@code from}, or {@code from - 1} if none. */
  private int npEnd(int from, int limit) {
    Token first = index.token(from);
    if (first.pos().equals("PRP")) {
      return from;
    }
    if (!startsNounPhrase(first)) {
      return from - 1;
    }
    int to = from;
    while (to + 1 <= limit && !inQuote[to + 1]) {
      Token n = index.token(to + 1);
      if (NP_TAGS.contains(n.pos()) && !n.pos().equals("PRP$")
          || entityAt.containsKey(to + 1)
          || n.word().equals("-")
          || isNumberModifier(to + 1, limit)
          || ofInsideName(to + 1, from)) {
        to++;
      } else {
        break;
      }
    }
    while (to > from && !index.token(to).isNoun()) {
      to--;
    }
    return index.token(to).isNoun() || index.token(to).pos().equals("PRP") ? to : from - 1;
  }

  /** A number inside a noun phrase: "a 27-year-old activist", "the 5th Brigade". */
  private boolean isNumberModifier(int k, int limit) {
    if (!index.token(k).pos().equals("CD") || k + 1 > limit || inQuote[k + 1]) {
      return false;
    }
    Token next = index.token(k + 1);
    return NP_TAGS.contains(next.pos()) && !next.pos().equals("PRP$");
  }

  /** "of" or "the" between capitalised words of one name ("Committee of the Red Cross"). */
  private boolean ofInsideName(int k, int bound) {
    String w = lower(index.token(k).word());
    if (!w.equals("of") && !w.equals("the")) {
      return false;
    }
    int before = k - 1;
    while (before >= bound && lower(index.token(before).word()).equals("of")) {
      before--;
    }
    int after = k + 1;
    while (after < index.size() && lower(index.token(after).word()).equals("the")) {
      after++;
    }
    return before >= bound
        && after < index.size()
        && index.token(before).isCapitalised()
        && index.token(after).isCapitalised()
        && index.token(before).isNoun()
        && index.token(after).isNoun();
  }

  private static boolean startsNounPhrase(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN")
        || pos.startsWith("JJ")
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.equals("PRP")
        || pos.equals("CD");
  }

  private static boolean isNominal(Token t) {
    return t.isNoun() || t.pos().equals("PRP");
  }

  private static boolean isSkippable(Token t) {
    return t.pos().startsWith("RB")
        || t.pos().equals("MD")
        || Lexicon.SKIPPABLE_ADVERBS.contains(lower(t.word()));
  }

  private static boolean isPunctuation(Token t) {
    return !Character.isLetterOrDigit(t.word().codePointAt(0));
  }

  private static boolean isSentenceEnd(Token t) {
    return t.word().equals(".") || t.word().equals("!") || t.word().equals("?");
  }

  private static String lower(String s) {
    return s.toLowerCase(java.util.Locale.ROOT);
  }
}
