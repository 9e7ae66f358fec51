package org.sitrep.geo.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.geo.Gazetteer;
import org.sitrep.geo.GeoEntry;
import org.sitrep.geo.PlaceKind;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.NameMention;
import org.sitrep.model.Sentence;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Finds the toponym mentions of a document: the NLP stage's location names, then gazetteer names
 * among the capitalised words it left unlabelled (or labelled as part of an organisation), and
 * demonyms. A gazetteer match on words the NLP stage did not label must look like a name (proper
 * noun, never written in lower case elsewhere in the document, not a word of a person's name in the
 * document, not after a title) and be a country, division, region or large city, or a smaller town
 * with a locative cue. Thread-safe.
 */
public final class ToponymRecognizer {
  private static final int MAX_NAME_TOKENS = 5;

  /** A city this large is a place even where the tagger labelled its name a person. */
  private static final long MAJOR_CITY = 1_000_000;

  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "de", "del", "la", "le", "al", "el", "an", "on", "upon", "the", "and", "-", "du",
          "da", "do", "dos", "das");

  private final Gazetteer gazetteer;
  private final RecognizerSettings settings;

  public ToponymRecognizer(Gazetteer gazetteer, RecognizerSettings settings) {
    this.gazetteer = gazetteer;
    this.settings = settings;
  }

  public RecognizerSettings settings() {
    return settings;
  }

  /** The document's toponym mentions in text order, demonyms included when the settings say so. */
  public List<ToponymMention> recognize(AnnotatedDocument doc) {
    List<Token> tokens = doc.tokens();
    String text = doc.text();
    int n = tokens.size();
    boolean[] taken = new boolean[n];
    boolean[] sentenceStart = new boolean[n];
    for (Sentence s : doc.sentences()) {
      if (s.firstToken() >= 0) {
        sentenceStart[s.firstToken()] = true;
      }
    }
    DocWords words = DocWords.of(doc, tokens);
    List<ToponymMention> out = new ArrayList<>();
    Set<String> located = new HashSet<>();

    for (NameMention m : doc.names()) {
      if (!m.label().equals("LOCATION")) {
        continue;
      }
      int a = m.firstToken();
      int b = m.lastToken();
      while (a < b && isDeterminer(tokens.get(a).word())) {
        a++;
      }
      // "Kyiv's" is tokenised apart, but a trailing possessive or dot can be in the label.
      while (b > a && tokens.get(b).word().matches("['’]s?")) {
        b--;
      }
      ToponymMention tm =
          narrow(tokens, text, mention(tokens, text, a, b, ToponymMention.Source.NER));
      if (a == b && Lexicon.NOT_PLACES.contains(Lexicon.lower(tm.text()))) {
        continue;
      }
      out.add(tm);
      located.add(org.sitrep.geo.NameNormalizer.key(tm.text()));
      for (int k = m.firstToken(); k <= m.lastToken(); k++) {
        taken[k] = true;
      }
    }

    for (int i = 0; i < n; i++) {
      if (taken[i] || !startsName(tokens.get(i))) {
        continue;
      }
      int maxJ = Math.min(n - 1, i + MAX_NAME_TOKENS - 1);
      for (int j = maxJ; j >= i; j--) {
        if (!isNameRun(tokens, taken, i, j)) {
          continue;
        }
        ToponymMention.Source source = accept(doc, tokens, words, located, sentenceStart, i, j);
        if (source != null) {
          out.add(mention(tokens, text, i, j, source));
          for (int k = i; k <= j; k++) {
            taken[k] = true;
          }
          i = j;
          break;
        }
      }
    }
    out.sort(Comparator.comparing(ToponymMention::span));
    return out;
  }

  /**
   * A location name the gazetteer does not know, narrowed to the longest (then leftmost) part it
   * knows: "Paris Town Hall" to "Paris", "Costa Rica Star" to "Costa Rica". Kept whole otherwise.
   */
  private ToponymMention narrow(List<Token> tokens, String text, ToponymMention m) {
    int a = m.firstToken();
    int b = m.lastToken();
    if (a == b || known(m.text())) {
      return m;
    }
    String last = Lexicon.lower(tokens.get(b).word());
    if ((Lexicon.DIVISION_WORDS.contains(last) || Lexicon.CITY_WORDS.contains(last))
        && known(text.substring(tokens.get(a).start(), tokens.get(b - 1).end()))) {
      return m;
    }
    for (int len = b - a; len >= 1; len--) {
      for (int s = a; s + len - 1 <= b; s++) {
        int e = s + len - 1;
        if (!tokens.get(s).isCapitalised() || !tokens.get(e).isCapitalised()) {
          continue;
        }
        String sub = text.substring(tokens.get(s).start(), tokens.get(e).end());
        if (len == 1 && Lexicon.NOT_PLACES.contains(Lexicon.lower(sub))) {
          continue;
        }
        if (clearlyAPlace(gazetteer.lookup(sub))) {
          return mention(tokens, text, s, e, m.source());
        }
      }
    }
    return m;
  }

  /** A country, division or region by its main name, or a city of at least the alone size. */
  private boolean clearlyAPlace(List<Gazetteer.Match> matches) {
    for (Gazetteer.Match m : matches) {
      GeoEntry e = m.entry();
      boolean ok =
          switch (e.kind()) {
            case COUNTRY -> true;
            case ADMIN1, REGION -> m.mainName();
            case CITY -> e.population() >= settings.minPopulationAlone();
            default -> false;
          };
      if (ok) {
        return true;
      }
    }
    return false;
  }

  private boolean known(String name) {
    return !gazetteer.lookup(name).isEmpty() || !gazetteer.lookupSkeleton(name).isEmpty();
  }

  /** Why a span of unlabelled or organisation-labelled words is a toponym, or null. */
  private ToponymMention.Source accept(
      AnnotatedDocument doc,
      List<Token> tokens,
      DocWords words,
      Set<String> located,
      boolean[] sentenceStart,
      int i,
      int j) {
    String surface = doc.text().substring(tokens.get(i).start(), tokens.get(j).end());
    String lower = surface.toLowerCase(Locale.ROOT);
    boolean inPerson = false;
    boolean inOrg = false;
    for (int k = i; k <= j; k++) {
      String ner = tokens.get(k).ner();
      inPerson |= ner.equals("PERSON");
      inOrg |= ner.equals("ORGANIZATION");
    }
    if (j - i <= 1 && gazetteer.demonym(surface).isPresent()) {
      if (inPerson || !demonymShape(tokens, i, j)) {
        return null;
      }
      return settings.demonyms() ? ToponymMention.Source.DEMONYM : null;
    }
    // A name the NLP stage labelled a location elsewhere in the document is one here too; for a
    // name of several words, even where it tagged exactly those words a person ("have besieged
    // El Fasher"), but not inside a longer person's name.
    boolean wholePerson =
        j > i
            && (i == 0 || !tokens.get(i - 1).ner().equals("PERSON"))
            && (j + 1 >= tokens.size() || !tokens.get(j + 1).ner().equals("PERSON"));
    if (located.contains(org.sitrep.geo.NameNormalizer.key(surface))
        && (!inPerson || wholePerson)
        && (i != j || !Lexicon.NOT_PLACES.contains(Lexicon.lower(surface)))) {
      return inOrg
          ? (settings.embedded() ? ToponymMention.Source.EMBEDDED : null)
          : ToponymMention.Source.GAZETTEER;
    }
    List<Gazetteer.Match> matches = gazetteer.lookup(surface);
    if (matches.isEmpty()) {
      return null;
    }
    if (!looksLikeName(tokens, i, j, surface)) {
      return null;
    }
    if (i == j && Lexicon.NOT_PLACES.contains(Lexicon.lower(surface))) {
      return null;
    }
    if (words.lowercase.contains(lower) || words.personWords.contains(lower)) {
      return null;
    }
    if (i > 0 && Lexicon.TITLES.contains(Lexicon.lower(tokens.get(i - 1).word()))) {
      return null;
    }
    boolean strong = false;
    long maxCity = 0;
    for (Gazetteer.Match m : matches) {
      GeoEntry e = m.entry();
      switch (e.kind()) {
        case COUNTRY, ADMIN1, REGION -> strong |= m.mainName() || e.kind() == PlaceKind.COUNTRY;
        case CITY -> maxCity = Math.max(maxCity, e.population());
        default -> {}
      }
    }
    boolean cue = locativeCue(tokens, i, j);
    boolean enough =
        strong
            || maxCity >= settings.minPopulationAlone()
            || (cue && maxCity >= settings.minPopulationWithCue());
    if (!enough) {
      return null;
    }
    // A longer capitalised name goes on: "Jordan Peterson", "Kim Jong Un", "Victoria Falls",
    // "Far North Queensland".
    if (continuesName(tokens, j) && (!strong || tokens.get(j + 1).ner().equals("LOCATION"))) {
      return null;
    }
    if (inPerson) {
      boolean single = i == j && tokens.get(i).ner().equals("PERSON");
      boolean alonePerson =
          single
              && (i == 0 || !tokens.get(i - 1).ner().equals("PERSON"))
              && (i + 1 >= tokens.size() || !tokens.get(i + 1).ner().equals("PERSON"));
      // The tagger sometimes takes a lone place name for a person ("Kyiv was shelled"); a
      // word of a longer person's name in this document was rejected above.
      return (strong || maxCity >= MAJOR_CITY) && alonePerson
          ? ToponymMention.Source.GAZETTEER
          : null;
    }
    if (inOrg) {
      return settings.embedded() && (strong || maxCity >= settings.minPopulationAlone())
          ? ToponymMention.Source.EMBEDDED
          : null;
    }
    if (sentenceStart[i] && i == j && !strong && !cue && maxCity < settings.minPopulationAlone()) {
      return null;
    }
    return ToponymMention.Source.GAZETTEER;
  }

  private static boolean demonymShape(List<Token> tokens, int i, int j) {
    for (int k = i; k <= j; k++) {
      Token t = tokens.get(k);
      if (!t.isCapitalised()) {
        return false;
      }
      String pos = t.pos();
      if (!(pos.startsWith("NNP") || pos.startsWith("JJ") || pos.startsWith("NN"))) {
        return false;
      }
    }
    return true;
  }

  /** Proper nouns (or an all-capitals headline word); short all-capital keys stay all capitals. */
  private static boolean looksLikeName(List<Token> tokens, int i, int j, String surface) {
    for (int k = i; k <= j; k++) {
      Token t = tokens.get(k);
      if (k > i && k < j && CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      boolean allCaps = t.word().length() > 1 && t.word().equals(t.word().toUpperCase(Locale.ROOT));
      if (!t.pos().startsWith("NNP") && !allCaps) {
        return false;
      }
    }
    String letters = surface.replaceAll("[^\\p{L}]", "");
    if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return false;
    }
    return letters.length() >= 2;
  }

  static boolean locativeCue(List<Token> tokens, int i, int j) {
    if (i > 1 && Lexicon.lower(tokens.get(i - 1).word()).equals("the")) {
      i--; // "across the Sahel"
    }
    if (i > 0) {
      String prev = Lexicon.lower(tokens.get(i - 1).word());
      if (Lexicon.LOCATIVE.contains(prev) || Lexicon.CITY_WORDS.contains(prev)) {
        return true;
      }
      if (prev.equals("of") && i > 1) {
        String before = Lexicon.lower(tokens.get(i - 2).word());
        if (Lexicon.CITY_WORDS.contains(before) || Lexicon.DIVISION_WORDS.contains(before)) {
          return true;
        }
      }
      if (prev.equals(",") && i > 1 && tokens.get(i - 2).ner().equals("LOCATION")) {
        return true;
      }
    }
    if (j + 1 < tokens.size()) {
      String next = Lexicon.lower(tokens.get(j + 1).word());
      if (Lexicon.DIVISION_WORDS.contains(next)) {
        return true;
      }
      if (next.equals(",") && j + 2 < tokens.size() && tokens.get(j + 2).ner().equals("LOCATION")) {
        return true;
      }
    }
    return false;
  }

  private static boolean continuesName(List<Token> tokens, int j) {
    if (j + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(j + 1);
    return next.isCapitalised() && next.pos().startsWith("NNP");
  }

  private static boolean startsName(Token t) {
    return t.isCapitalised() && Character.isLetter(t.word().codePointAt(0));
  }

  private static boolean isNameRun(List<Token> tokens, boolean[] taken, int i, int j) {
    for (int k = i; k <= j; k++) {
      if (taken[k]) {
        return false;
      }
      Token t = tokens.get(k);
      if (k > i && t.start() - tokens.get(k - 1).end() > 1) {
        return false;
      }
      boolean inner = k > i && k < j;
      if (!t.isCapitalised()
          && !(inner && CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDeterminer(String w) {
    return w.equalsIgnoreCase("the");
  }

  private static ToponymMention mention(
      List<Token> tokens, String text, int a, int b, ToponymMention.Source source) {
    Span span = new Span(tokens.get(a).start(), tokens.get(b).end());
    return new ToponymMention(span, span.of(text), a, b, source);
  }

  /** Document-wide facts about words: which appear in lower case, which in person names. */
  private record DocWords(Set<String> lowercase, Set<String> personWords) {
    static DocWords of(AnnotatedDocument doc, List<Token> tokens) {
      Set<String> lower = new HashSet<>();
      for (Token t : tokens) {
        String w = t.word();
        if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
          lower.add(w);
        }
      }
      Set<String> person = new HashSet<>();
      for (NameMention m : doc.names()) {
        // Words of full names ("Michael Jordan", "Kim Jong Un"): a lone word may be a place.
        if (m.label().equals("PERSON") && m.lastToken() > m.firstToken()) {
          for (int k = m.firstToken(); k <= m.lastToken(); k++) {
            person.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
          }
        }
      }
      return new DocWords(lower, person);
    }
  }
}
