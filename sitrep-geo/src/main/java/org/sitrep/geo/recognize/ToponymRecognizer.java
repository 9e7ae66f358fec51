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
          "da", "do", "dos", "das", "ez", "es", "ed", "er", "et", "ash", "az", "ad", "ar", "at",
          "ul", "bin", "ibn", "di", "der", "den", "van", "von", "sur");

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
    boolean[] placeTok = new boolean[n];

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
      int extended = extend(tokens, text, a, b);
      for (int k = m.firstToken(); k <= Math.max(m.lastToken(), extended); k++) {
        taken[k] = true;
      }
      ToponymMention whole = mention(tokens, text, a, extended, ToponymMention.Source.NER);
      for (ToponymMention tm : narrow(tokens, text, whole)) {
        if (tm.firstToken() == tm.lastToken()
            && Lexicon.NOT_PLACES.contains(Lexicon.lower(tm.text()))) {
          continue;
        }
        // "John Smith … where Smith is held": a word of a person's full name that the
        // gazetteer does not know is that person, whatever the tagger said.
        if (tm.firstToken() == tm.lastToken()
            && words.personWords.contains(tm.text().toLowerCase(Locale.ROOT))
            && !known(tm.text())) {
          continue;
        }
        if (isSpeaker(tokens, tm) && !nationalName(gazetteer.lookup(tm.text()))) {
          continue;
        }
        out.add(tm);
        located.add(org.sitrep.geo.NameNormalizer.key(tm.text()));
        mark(placeTok, tm);
      }
    }
    Set<String> countries = documentCountries(tokens, out);

    // Gazetteer names among the other words, twice: a name taken as a place on its cues in the
    // first pass is one wherever else the document uses it ("fled to X" … "X's leaders").
    for (int pass = 0; pass < 2; pass++) {
      if (pass == 1) {
        for (ToponymMention m : out) {
          if (m.source() == ToponymMention.Source.GAZETTEER) {
            located.add(org.sitrep.geo.NameNormalizer.key(m.text()));
          }
        }
      }
      scan(doc, tokens, text, words, located, countries, sentenceStart, taken, placeTok, out);
    }
    out.sort(Comparator.comparing(ToponymMention::span));
    return out;
  }

  private void scan(
      AnnotatedDocument doc,
      List<Token> tokens,
      String text,
      DocWords words,
      Set<String> located,
      Set<String> countries,
      boolean[] sentenceStart,
      boolean[] taken,
      boolean[] placeTok,
      List<ToponymMention> out) {
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      if (taken[i] || !startsName(tokens.get(i))) {
        continue;
      }
      int maxJ = Math.min(n - 1, i + MAX_NAME_TOKENS - 1);
      for (int j = maxJ; j >= i; j--) {
        if (!isNameRun(tokens, taken, i, j)) {
          continue;
        }
        ToponymMention.Source source =
            accept(doc, tokens, words, located, countries, placeTok, sentenceStart, i, j);
        if (source != null) {
          ToponymMention tm = mention(tokens, text, i, j, source);
          out.add(tm);
          for (int k = i; k <= j; k++) {
            taken[k] = true;
          }
          if (source == ToponymMention.Source.GAZETTEER) {
            mark(placeTok, tm);
          }
          i = j;
          break;
        }
      }
    }
  }

  private static void mark(boolean[] placeTok, ToponymMention m) {
    for (int k = m.firstToken(); k <= m.lastToken(); k++) {
      placeTok[k] = true;
    }
  }

  /**
   * A location label cut short before an article and a hyphenated part ("Deir" of "Deir ez-Zor"):
   * the last token of the longest continuation that makes a gazetteer name, else {@code b}.
   */
  private int extend(List<Token> tokens, String text, int a, int b) {
    if (!gazetteer.lookup(text.substring(tokens.get(a).start(), tokens.get(b).end())).isEmpty()) {
      return b;
    }
    int best = b;
    for (int k = b + 1; k < tokens.size() && k <= b + 4; k++) {
      Token t = tokens.get(k);
      if (t.start() - tokens.get(k - 1).end() > 1) {
        break;
      }
      boolean connector = CONNECTORS.contains(t.word().toLowerCase(Locale.ROOT));
      if (!connector && !t.isCapitalised()) {
        break;
      }
      if (t.isCapitalised()
          && !gazetteer.lookup(text.substring(tokens.get(a).start(), t.end())).isEmpty()) {
        best = k;
      }
    }
    return best;
  }

  /**
   * A name followed by a verb of saying right after a quotation or at a sentence's start ("…,” Bali
   * said): a person.
   */
  private static boolean isSpeaker(List<Token> tokens, ToponymMention m) {
    int after = m.lastToken() + 1;
    if (after >= tokens.size()
        || !Lexicon.SPEAKING.contains(Lexicon.lower(tokens.get(after).word()))) {
      return false;
    }
    int before = m.firstToken() - 1;
    return before >= 0 && SPEAKER_BEFORE.matcher(tokens.get(before).word()).matches();
  }

  /** A country or a national capital can speak for its government ("…,” Moscow said). */
  private static boolean nationalName(List<Gazetteer.Match> matches) {
    for (Gazetteer.Match m : matches) {
      if (m.entry().kind() == PlaceKind.COUNTRY || m.entry().isCapital()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The countries the document names: its location names that are countries or lie in one country
   * only, and its demonyms.
   */
  private Set<String> documentCountries(List<Token> tokens, List<ToponymMention> found) {
    Set<String> out = new HashSet<>();
    for (ToponymMention m : found) {
      String country = null;
      String first = null;
      boolean single = true;
      for (Gazetteer.Match g : gazetteer.lookup(m.text())) {
        String cc = g.entry().country();
        if (g.entry().kind() == PlaceKind.COUNTRY && g.mainName()) {
          country = cc;
          break;
        }
        if (cc.isEmpty() || (first != null && !first.equals(cc))) {
          single = false;
        }
        first = first == null ? cc : first;
      }
      if (country == null && single) {
        country = first;
      }
      if (country != null) {
        out.add(country);
      }
    }
    for (Token t : tokens) {
      if (t.isCapitalised()) {
        gazetteer.demonym(t.word()).ifPresent(e -> out.add(e.country()));
      }
    }
    out.remove("");
    return out;
  }

  /**
   * A location name the gazetteer does not know, narrowed to the parts it clearly knows, longest
   * (then leftmost) first: "Paris Town Hall" to "Paris", "Costa Rica Star" to "Costa Rica", a
   * heading run into the text ("Iran Iran has") to both names. Kept whole otherwise.
   */
  private List<ToponymMention> narrow(List<Token> tokens, String text, ToponymMention m) {
    int a = m.firstToken();
    int b = m.lastToken();
    if (a == b || known(m.text())) {
      return List.of(m);
    }
    String last = Lexicon.lower(tokens.get(b).word());
    if ((Lexicon.DIVISION_WORDS.contains(last) || Lexicon.CITY_WORDS.contains(last))
        && known(text.substring(tokens.get(a).start(), tokens.get(b - 1).end()))) {
      return List.of(m);
    }
    List<ToponymMention> cover = new ArrayList<>();
    if (cover(tokens, text, a, b, m.source(), cover)) {
      return cover;
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
        String letters = sub.replaceAll("[^\\p{L}]", "");
        if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
          continue; // "Rd.", "St."
        }
        if (clearlyAPlace(gazetteer.lookup(sub))) {
          return List.of(mention(tokens, text, s, e, m.source()));
        }
      }
    }
    return List.of(m);
  }

  /**
   * Whether the tokens {@code a..b} are, from left to right, two or more main names of countries,
   * divisions or large cities ("Maiduguri Borno State"; "Iran Iran", a heading run into its
   * paragraph); fills {@code out}.
   */
  private boolean cover(
      List<Token> tokens,
      String text,
      int a,
      int b,
      ToponymMention.Source source,
      List<ToponymMention> out) {
    int start = a;
    while (start <= b) {
      int found = -1;
      for (int e = Math.min(b, start + MAX_NAME_TOKENS - 1); e >= start; e--) {
        if (start == a && e == b) {
          continue;
        }
        String sub = text.substring(tokens.get(start).start(), tokens.get(e).end());
        String letters = sub.replaceAll("[^\\p{L}]", "");
        if (!tokens.get(start).isCapitalised()
            || !tokens.get(e).isCapitalised()
            || (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT)))
            || (start == e && Lexicon.NOT_PLACES.contains(Lexicon.lower(sub)))) {
          continue;
        }
        boolean division = false;
        for (Gazetteer.Match g : gazetteer.lookup(sub)) {
          PlaceKind kind = g.entry().kind();
          division |=
              g.mainName()
                  && (kind == PlaceKind.COUNTRY
                      || kind == PlaceKind.ADMIN1
                      || (kind == PlaceKind.CITY
                          && g.entry().population() >= settings.minPopulationAlone()));
        }
        if (division) {
          found = e;
          break;
        }
      }
      if (found < 0) {
        out.clear();
        return false;
      }
      out.add(mention(tokens, text, start, found, source));
      start = found + 1;
    }
    return out.size() > 1;
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

  /** Why a span of unlabelled, organisation- or person-labelled words is a toponym, or null. */
  private ToponymMention.Source accept(
      AnnotatedDocument doc,
      List<Token> tokens,
      DocWords words,
      Set<String> located,
      Set<String> countries,
      boolean[] placeTok,
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
    boolean wholePerson = wholeLabel(tokens, i, j, "PERSON");
    boolean wholeOrg = wholeLabel(tokens, i, j, "ORGANIZATION");
    // A name the document uses as a location elsewhere (labelled so, or taken on its cues) is one
    // here too: also where the tagger labelled exactly these words a person ("have besieged El
    // Fasher", "X's leaders") or an organisation ("the offensive on X"), but not inside a longer
    // person's name nor where the lone word is a word of a person's full name in the document.
    if (located.contains(org.sitrep.geo.NameNormalizer.key(surface))
        && (i != j || !Lexicon.NOT_PLACES.contains(Lexicon.lower(surface)))) {
      if (inPerson) {
        if (wholePerson
            && (i < j
                || (!words.personWords.contains(lower) && !gazetteer.lookup(surface).isEmpty()))
            && !words.speakers.contains(lower)) {
          return ToponymMention.Source.GAZETTEER;
        }
      } else if (inOrg) {
        if (wholeOrg && !words.speakers.contains(lower)) {
          return ToponymMention.Source.GAZETTEER;
        }
        return settings.embedded() ? ToponymMention.Source.EMBEDDED : null;
      } else {
        return ToponymMention.Source.GAZETTEER;
      }
    }
    List<Gazetteer.Match> matches = gazetteer.lookup(surface);
    if (matches.isEmpty()) {
      matches = localVariant(surface, countries, tokens, placeTok, i, j);
    }
    if (matches.isEmpty()) {
      return null;
    }
    if (!looksLikeName(tokens, i, j, surface)) {
      return null;
    }
    if (i == j
        && Lexicon.NOT_PLACES.contains(Lexicon.lower(surface))
        && !(Lexicon.PLACE_WORDS.contains(Lexicon.lower(surface))
            && prepositionBefore(tokens, i)
            && !sentenceStart[i])) {
      return null;
    }
    if (words.lowercase.contains(lower) || words.personWords.contains(lower)) {
      return null;
    }
    if (i > 0 && Lexicon.TITLES.contains(Lexicon.lower(tokens.get(i - 1).word()))) {
      return null;
    }
    boolean strong = false;
    boolean country = false;
    boolean strongHere = false;
    boolean mainName = false;
    boolean bigMain = false;
    long maxCity = 0;
    long localCity = 0;
    boolean abbreviation = surface.length() <= 3;
    for (Gazetteer.Match m : matches) {
      GeoEntry e = m.entry();
      if (abbreviation
          && e.kind() == PlaceKind.CITY
          && !m.mainName()
          && e.population() < MAJOR_CITY) {
        continue; // "SA", "BA": some town's other name, not what the letters stand for
      }
      boolean here = e.country().isEmpty() || countries.contains(e.country());
      mainName |= m.mainName();
      switch (e.kind()) {
        case COUNTRY, ADMIN1, REGION -> {
          boolean s = m.mainName() || e.kind() == PlaceKind.COUNTRY;
          strong |= s;
          strongHere |= s && here;
          country |= e.kind() == PlaceKind.COUNTRY;
        }
        case CITY -> {
          maxCity = Math.max(maxCity, e.population());
          bigMain |= m.mainName() && e.population() >= settings.minPopulationAlone();
          if (here) {
            localCity = Math.max(localCity, e.population());
          }
        }
        default -> {}
      }
    }
    boolean cue = locativeCue(tokens, placeTok, i, j);
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
    // A place of a country the document names, after a locative cue ("fled to X", "the town of
    // X", "X, Y and Z"), is that place even where the tagger took it for a person or an
    // organisation.
    boolean local =
        cue
            && (strongHere || localCity >= settings.minPopulationWithCue())
            && (country || !words.speakers.contains(lower));
    if (inPerson) {
      // The tagger sometimes takes a lone place name for a person ("Kyiv was shelled"); a
      // word of a longer person's name in this document was rejected above.
      boolean known = country || strongHere || maxCity >= MAJOR_CITY || local;
      return known && wholePerson && (i == j || local) ? ToponymMention.Source.GAZETTEER : null;
    }
    if (inOrg) {
      if (wholeOrg && local && i == j && mainName && !abbreviation) {
        return ToponymMention.Source.GAZETTEER;
      }
      boolean big = strong || maxCity >= settings.minPopulationAlone();
      // An organisation's whole name that is some far town's other name ("Hamas") is no place.
      boolean believable =
          !wholeOrg || country || strongHere || bigMain || localCity >= MAJOR_CITY / 10;
      return settings.embedded() && big && believable ? ToponymMention.Source.EMBEDDED : null;
    }
    if (sentenceStart[i] && i == j && !strong && !cue && maxCity < settings.minPopulationAlone()) {
      return null;
    }
    return ToponymMention.Source.GAZETTEER;
  }

  /**
   * A transliteration variant ("Tel Hamis" for "Tell Hamis") of a place in a country the document
   * names, after a locative cue: the gazetteer's skeleton matches there.
   */
  private List<Gazetteer.Match> localVariant(
      String surface, Set<String> countries, List<Token> tokens, boolean[] placeTok, int i, int j) {
    if (org.sitrep.geo.NameNormalizer.key(surface).length() < 5
        || !locativeCue(tokens, placeTok, i, j)) {
      return List.of();
    }
    List<Gazetteer.Match> out = new ArrayList<>();
    for (Gazetteer.Match m : gazetteer.lookupSkeleton(surface)) {
      if (m.entry().kind() == PlaceKind.CITY && countries.contains(m.entry().country())) {
        out.add(m);
      }
    }
    return out;
  }

  /** "in", "from", "near"… right before token {@code i}. */
  private static boolean prepositionBefore(List<Token> tokens, int i) {
    return i > 0 && Lexicon.LOCATIVE.contains(Lexicon.lower(tokens.get(i - 1).word()));
  }

  /**
   * The label {@code label} is on some of the tokens {@code i..j} and goes on beyond neither end.
   */
  private static boolean wholeLabel(List<Token> tokens, int i, int j, String label) {
    return (i == 0 || !tokens.get(i - 1).ner().equals(label))
        && (j + 1 >= tokens.size() || !tokens.get(j + 1).ner().equals(label));
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
      // The tagger's name label vouches for a capitalised common-noun tag ("Tel/NN Hamis").
      boolean labelled = !t.ner().equals("O") && t.pos().startsWith("NN");
      if (!t.pos().startsWith("NNP") && !allCaps && !labelled) {
        return false;
      }
    }
    String letters = surface.replaceAll("[^\\p{L}]", "");
    if (letters.length() <= 3 && !letters.equals(letters.toUpperCase(Locale.ROOT))) {
      return false;
    }
    return letters.length() >= 2;
  }

  static boolean locativeCue(List<Token> tokens, boolean[] placeTok, int i, int j) {
    if (i > 1 && Lexicon.lower(tokens.get(i - 1).word()).equals("the")) {
      i--; // "across the Sahel"
    }
    if (i > 0) {
      String prev = Lexicon.lower(tokens.get(i - 1).word());
      boolean according =
          prev.equals("to") && i > 1 && Lexicon.lower(tokens.get(i - 2).word()).equals("according");
      if ((Lexicon.LOCATIVE.contains(prev) && !according) || Lexicon.CITY_WORDS.contains(prev)) {
        return true;
      }
      if (prev.equals("of") && i > 1) {
        String before = Lexicon.lower(tokens.get(i - 2).word());
        if (Lexicon.CITY_WORDS.contains(before) || Lexicon.DIVISION_WORDS.contains(before)) {
          return true;
        }
      }
      if (LIST.contains(prev) && i > 1 && isPlace(tokens, placeTok, i - 2)) {
        return true;
      }
    }
    if (j + 1 < tokens.size()) {
      String next = Lexicon.lower(tokens.get(j + 1).word());
      if (Lexicon.DIVISION_WORDS.contains(next)) {
        return true;
      }
      if (LIST.contains(next) && j + 2 < tokens.size() && isPlace(tokens, placeTok, j + 2)) {
        return true;
      }
      // An apposition that says what it is: "X, a strategic town on the river".
      if (next.equals(",") && j + 2 < tokens.size()) {
        String det = Lexicon.lower(tokens.get(j + 2).word());
        if (det.equals("a") || det.equals("an") || det.equals("the")) {
          for (int k = j + 3; k < Math.min(tokens.size(), j + 6); k++) {
            String w = Lexicon.lower(tokens.get(k).word());
            if (Lexicon.CITY_WORDS.contains(w) && !w.equals("mayor") && !w.equals("residents")) {
              return true;
            }
            if (!Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0))) {
              break;
            }
          }
        }
      }
    }
    return false;
  }

  /** What comes before a speaker's name: a closing quotation mark or a comma. */
  private static final java.util.regex.Pattern SPEAKER_BEFORE =
      java.util.regex.Pattern.compile("[”\"'’]|''|,");

  /** Words that join the items of a list ("X, Y and Z"). */
  private static final Set<String> LIST = Set.of(",", "and", "or");

  private static boolean isPlace(List<Token> tokens, boolean[] placeTok, int k) {
    return placeTok[k] || tokens.get(k).ner().equals("LOCATION");
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

  /**
   * Document-wide facts about words: which appear in lower case, which in person names, which speak
   * ("…,” X said", ", X reported").
   */
  private record DocWords(Set<String> lowercase, Set<String> personWords, Set<String> speakers) {
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
      Set<String> speakers = new HashSet<>();
      for (int k = 1; k + 1 < tokens.size(); k++) {
        if (Lexicon.SPEAKING.contains(Lexicon.lower(tokens.get(k + 1).word()))
            && tokens.get(k).isCapitalised()
            && SPEAKER_BEFORE.matcher(tokens.get(k - 1).word()).matches()) {
          speakers.add(tokens.get(k).word().toLowerCase(Locale.ROOT));
        }
      }
      return new DocWords(lower, person, speakers);
    }
  }
}
