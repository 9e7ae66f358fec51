package org.sitrep.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.sitrep.geo.recognize.Lexicon;
import org.sitrep.geo.recognize.RecognizerSettings;
import org.sitrep.geo.recognize.ToponymMention;
import org.sitrep.geo.recognize.ToponymRecognizer;
import org.sitrep.geo.resolve.Candidate;
import org.sitrep.geo.resolve.CandidateScorer;
import org.sitrep.geo.resolve.Cues;
import org.sitrep.geo.resolve.Focus;
import org.sitrep.geo.resolve.Metonymy;
import org.sitrep.geo.resolve.ScoringWeights;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Place;
import org.sitrep.model.Token;

/**
 * The resolve-places stage: recognises the toponyms of a document ({@link ToponymRecognizer}),
 * looks up each distinct name's candidates and picks one per name with {@link CandidateScorer}, in
 * two passes: the first with the country evidence of country names and demonyms, the second adding
 * the divisions and the places the first pass chose (distance, focus). One name keeps one sense
 * throughout a document; its cues are pooled over its mentions. Thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {
  /** A place whose name the gazetteer does not know: found, but not placed. */
  static final String UNRESOLVED_PRECISION = "site";

  /**
   * Confidence of a name the gazetteer does not know; its point, if any, is the document's focal
   * place.
   */
  static final double UNKNOWN_CONFIDENCE = 0.2;

  private final Gazetteer gazetteer;
  private final ToponymRecognizer recognizer;
  private final CandidateScorer scorer;

  public GazetteerPlaceResolver(Gazetteer gazetteer) {
    this(gazetteer, RecognizerSettings.defaults(), ScoringWeights.defaults());
  }

  public GazetteerPlaceResolver(
      Gazetteer gazetteer, RecognizerSettings settings, ScoringWeights weights) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
    this.recognizer = new ToponymRecognizer(gazetteer, settings);
    this.scorer = new CandidateScorer(weights);
  }

  @Override
  public String description() {
    return "sitrep-geo context resolver, " + gazetteer.description();
  }

  /** One distinct name of the document and all its mentions. */
  private static final class Group {
    final String text;
    final List<ToponymMention> mentions = new ArrayList<>();
    List<Candidate> candidates = List.of();
    Cues cues = Cues.NONE;
    GeoEntry chosen;
    double confidence;

    Group(String text) {
      this.text = text;
    }
  }

  @Override
  public List<Place> resolve(AnnotatedDocument doc) {
    return run(doc, null);
  }

  /** How each name of the document was resolved: its candidates and their scores. */
  public String explain(AnnotatedDocument doc) {
    StringBuilder trace = new StringBuilder();
    run(doc, trace);
    return trace.toString();
  }

  private List<Place> run(AnnotatedDocument doc, StringBuilder trace) {
    List<Token> tokens = doc.tokens();
    List<ToponymMention> mentions = recognizer.recognize(doc);
    Map<String, Group> groups = new LinkedHashMap<>();
    List<ToponymMention> demonyms = new ArrayList<>();
    Map<ToponymMention, Group> groupOf = new HashMap<>();
    for (ToponymMention m : mentions) {
      if (m.isDemonym()) {
        demonyms.add(m);
        continue;
      }
      String key = NameNormalizer.key(m.text());
      Group g = groups.computeIfAbsent(key, k -> new Group(m.text()));
      g.mentions.add(m);
      groupOf.put(m, g);
    }
    for (Group g : groups.values()) {
      g.candidates = candidates(g.text);
    }
    for (Group g : groups.values()) {
      g.cues = cues(tokens, g, mentions, groupOf);
    }

    // Pass 1: country evidence from country names and demonyms only.
    Map<String, Double> demonymEvidence = new HashMap<>();
    for (ToponymMention d : demonyms) {
      gazetteer.demonym(d.text()).ifPresent(e -> add(demonymEvidence, e.country(), 1.0));
    }
    Map<Group, String> evidence1 = new HashMap<>();
    for (Group g : groups.values()) {
      String only = singleCountry(g.candidates);
      if (only != null) {
        evidence1.put(g, only);
      }
    }
    for (Group g : groups.values()) {
      Map<String, Double> shares = leaveOneOut(demonymEvidence, evidence1, g);
      if (g.candidates.isEmpty()) {
        g.candidates = variants(g.text, shares);
      }
      choose(g, new Focus(shares, Set.of(), List.of()));
    }

    // Pass 2: focus and distances from what pass 1 chose, each name leaving itself out.
    Map<Group, String> evidence2 = new HashMap<>();
    Set<String> admin1s = new HashSet<>();
    for (Group g : groups.values()) {
      if (g.chosen != null) {
        evidence2.put(g, g.chosen.country());
        if (g.chosen.kind() == PlaceKind.ADMIN1) {
          admin1s.add(g.chosen.admin1Key());
        }
      }
    }
    Map<Group, double[]> points = new LinkedHashMap<>();
    for (Group g : groups.values()) {
      if (g.chosen != null && isLocal(g.chosen)) {
        points.put(g, new double[] {g.chosen.lat(), g.chosen.lon()});
      }
    }
    for (Group g : groups.values()) {
      List<double[]> others = new ArrayList<>();
      points.forEach(
          (og, p) -> {
            if (og != g) {
              others.add(p);
            }
          });
      Set<String> otherAdmin1s = new HashSet<>(admin1s);
      if (g.chosen != null && g.chosen.kind() == PlaceKind.ADMIN1) {
        otherAdmin1s.remove(g.chosen.admin1Key());
      }
      Focus f = new Focus(leaveOneOut(demonymEvidence, evidence2, g), otherAdmin1s, others);
      choose(g, f);
      if (isStrayNamesake(g.chosen, f)) {
        g.chosen = null; // read as a local place the gazetteer lacks, like any unknown name
      }
      if (trace != null) {
        trace(trace, g, f);
      }
    }
    if (trace != null) {
      trace.append("divisions ").append(admin1s).append('\n');
      for (ToponymMention d : demonyms) {
        trace.append("demonym ").append(d.text()).append('\n');
      }
    }
    return PlaceBuilder.build(doc, groupsToResolved(groups, demonyms, tokens), gazetteer);
  }

  private void trace(StringBuilder t, Group g, Focus f) {
    t.append(g.text)
        .append(" x")
        .append(g.mentions.size())
        .append(' ')
        .append(g.mentions.get(0).source())
        .append(" cues=")
        .append(g.cues)
        .append('\n');
    List<Candidate> cs = new ArrayList<>(g.candidates);
    cs.sort((a, b) -> Double.compare(scorer.score(b, g.cues, f), scorer.score(a, g.cues, f)));
    for (Candidate c : cs.subList(0, Math.min(6, cs.size()))) {
      GeoEntry e = c.entry();
      t.append(
          String.format(
              java.util.Locale.ROOT,
              "   %6.2f %s %s %s %s.%s pop=%d main=%s%n",
              scorer.score(c, g.cues, f),
              e.name(),
              e.kind(),
              e.featureCode(),
              e.country(),
              e.admin1(),
              e.population(),
              c.mainName()));
    }
  }

  /**
   * A small town abroad chosen only because it is the one namesake the gazetteer has, in a document
   * clearly about another country ("Heathrow" in a London story): not believable.
   */
  private static boolean isStrayNamesake(GeoEntry e, Focus f) {
    if (e == null || e.kind() != PlaceKind.CITY || e.population() >= 20_000) {
      return false;
    }
    double top = f.countries().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    return top >= 0.6 && f.countryShare(e.country()) == 0;
  }

  private static boolean isLocal(GeoEntry e) {
    return e.kind() == PlaceKind.CITY
        || e.kind() == PlaceKind.ADMIN2
        || (e.kind() == PlaceKind.ADMIN1 && e.population() < 20_000_000);
  }

  private void choose(Group g, Focus focus) {
    if (g.candidates.isEmpty()) {
      g.chosen = null;
      g.confidence = 0;
      return;
    }
    double best = Double.NEGATIVE_INFINITY;
    double[] scores = new double[g.candidates.size()];
    GeoEntry chosen = null;
    Set<String> seats = new HashSet<>();
    Set<String> capitalCountries = new HashSet<>();
    for (Candidate c : g.candidates) {
      // A seat known by an unrelated other name ("Alaska" among Juneau's) does not make the
      // division a city; a spelling of its own name ("Raqqa" for Ar Raqqah) does.
      if (c.entry().kind() == PlaceKind.CITY
          && (c.mainName() || spells(c.entry().name(), g.text))
          && (c.entry().featureCode().equals("PPLA") || c.entry().isCapital())) {
        seats.add(c.entry().admin1Key());
      }
      if (c.entry().isCapital()) {
        capitalCountries.add(c.entry().country());
      }
    }
    for (int i = 0; i < scores.length; i++) {
      Candidate c = g.candidates.get(i);
      scores[i] = score(c, g.cues, focus, seats, capitalCountries);
      if (scores[i] > best) {
        best = scores[i];
        chosen = c.entry();
      }
    }
    double z = 0;
    for (double s : scores) {
      z += Math.exp(s - best);
    }
    g.chosen = chosen;
    g.confidence = 1.0 / z;
  }

  /**
   * Whether {@code name} is a spelling of {@code mainName} ("Raqqa" of "Ar Raqqah", "Geneva" of
   * "Genève"): after an Arabic article, transliteration variants aside, they begin alike.
   */
  static boolean spells(String mainName, String name) {
    String main = NameNormalizer.skeleton(NameNormalizer.key(mainName));
    String n = NameNormalizer.skeleton(NameNormalizer.key(name));
    main = main.replaceFirst("^(al|ar|as|ad|an|at|az|ash|el|es|ed|ez) ", "");
    n = n.replaceFirst("^(al|ar|as|ad|an|at|az|ash|el|es|ed|ez) ", "");
    int same = 0;
    while (same < main.length() && same < n.length() && main.charAt(same) == n.charAt(same)) {
      same++;
    }
    return same >= Math.min(4, Math.min(main.length(), n.length())) && !n.isEmpty();
  }

  /**
   * A division named like its seat ("Mykolaiv", "Kharkiv"), or like its own country's capital
   * ("Washington"), is the city unless the text says "region", "state", "oblast"…: its score loses
   * the division-cue weight.
   */
  private double score(
      Candidate c, Cues cues, Focus focus, Set<String> seats, Set<String> capitalCountries) {
    double s = scorer.score(c, cues, focus);
    if (c.entry().kind() == PlaceKind.ADMIN1
        && !cues.division()
        && (seats.contains(c.entry().admin1Key())
            || capitalCountries.contains(c.entry().country()))) {
      s -= scorer.weights().divisionCue();
    }
    return s;
  }

  /** Candidates of a name: exact key; else without a trailing division word; else skeleton. */
  List<Candidate> candidates(String name) {
    List<Candidate> out = new ArrayList<>();
    for (Gazetteer.Match m : gazetteer.lookup(name)) {
      out.add(new Candidate(m.entry(), m.mainName(), false));
    }
    if (out.isEmpty()) {
      String stripped = stripDivisionWord(name);
      if (stripped != null) {
        for (Gazetteer.Match m : gazetteer.lookup(stripped)) {
          out.add(new Candidate(m.entry(), m.mainName(), false));
        }
      }
    }
    if (out.isEmpty() && NameNormalizer.key(name).length() >= 5) {
      for (Gazetteer.Match m : gazetteer.lookupSkeleton(name)) {
        if (m.entry().kind() != PlaceKind.ADMIN2) {
          out.add(new Candidate(m.entry(), m.mainName(), true));
        }
      }
    }
    return out;
  }

  /**
   * A name nothing else matches, as a spelling of a town of a country the document is about
   * ("Hasekeh" for Al Ḩasakah): same consonants, a penalised match.
   */
  private List<Candidate> variants(String name, Map<String, Double> shares) {
    List<Candidate> out = new ArrayList<>();
    shares.forEach(
        (cc, share) -> {
          if (share >= VARIANT_COUNTRY_SHARE) {
            for (GeoEntry e : gazetteer.lookupConsonants(name, cc)) {
              out.add(new Candidate(e, false, true));
            }
          }
        });
    return out;
  }

  /** How much of a document's country evidence a country needs for {@link #variants}. */
  static final double VARIANT_COUNTRY_SHARE = 0.2;

  private static String stripDivisionWord(String name) {
    int sp = name.lastIndexOf(' ');
    if (sp <= 0) {
      return null;
    }
    String last = Lexicon.lower(name.substring(sp + 1));
    return Lexicon.DIVISION_WORDS.contains(last) || Lexicon.CITY_WORDS.contains(last)
        ? name.substring(0, sp)
        : null;
  }

  private Cues cues(
      List<Token> tokens, Group g, List<ToponymMention> all, Map<ToponymMention, Group> groupOf) {
    Set<String> containers = new HashSet<>();
    boolean division = false;
    boolean city = false;
    Map<Integer, ToponymMention> byFirstToken = new HashMap<>();
    for (ToponymMention m : all) {
      byFirstToken.put(m.firstToken(), m);
    }
    for (ToponymMention m : g.mentions) {
      int after = m.lastToken() + 1;
      if (after + 1 < tokens.size() && tokens.get(after).word().equals(",")) {
        ToponymMention c = byFirstToken.get(after + 1);
        Group cg = c == null ? null : groupOf.get(c);
        if (cg != null && cg != g) {
          for (Candidate cand : cg.candidates) {
            GeoEntry e = cand.entry();
            if (e.kind() == PlaceKind.COUNTRY) {
              containers.add(e.country());
            } else if (e.kind() == PlaceKind.ADMIN1 && cand.mainName()) {
              containers.add(e.admin1Key());
            } else if (e.kind() == PlaceKind.ADMIN1 && cg.text.contains(".")) {
              containers.add(e.admin1Key()); // "Ga.", "B.C."
            }
          }
        }
      }
      if (after < tokens.size()
          && Lexicon.DIVISION_WORDS.contains(Lexicon.lower(tokens.get(after).word()))) {
        division = true;
      }
      int before = m.firstToken() - 1;
      if (before >= 0) {
        String prev = Lexicon.lower(tokens.get(before).word());
        if (prev.equals("of") && before >= 1) {
          String w = Lexicon.lower(tokens.get(before - 1).word());
          division |= Lexicon.DIVISION_WORDS.contains(w);
          city |= Lexicon.CITY_WORDS.contains(w);
        } else {
          city |= Lexicon.CITY_WORDS.contains(prev) && !prev.equals("mayor");
        }
      }
      String lastWord = Lexicon.lower(tokens.get(m.lastToken()).word());
      if (m.lastToken() > m.firstToken() && Lexicon.DIVISION_WORDS.contains(lastWord)) {
        division = true;
      }
    }
    Cues probe = new Cues(containers, false, division, city);
    boolean fits = false;
    for (Candidate c : g.candidates) {
      fits |= c.entry().kind() != PlaceKind.COUNTRY && CandidateScorer.inside(c.entry(), probe);
    }
    return new Cues(containers, fits, division, city);
  }

  private static String singleCountry(List<Candidate> candidates) {
    String cc = null;
    for (Candidate c : candidates) {
      if (c.entry().kind() == PlaceKind.COUNTRY && c.mainName()) {
        return c.entry().country();
      }
    }
    for (Candidate c : candidates) {
      String k = c.entry().country();
      if (k.isEmpty() || (cc != null && !cc.equals(k))) {
        return null;
      }
      cc = k;
    }
    return cc;
  }

  /** Country shares from demonyms and every name but {@code self}, weighted by mentions. */
  private static Map<String, Double> leaveOneOut(
      Map<String, Double> demonyms, Map<Group, String> countryOf, Group self) {
    Map<String, Double> m = new HashMap<>(demonyms);
    countryOf.forEach(
        (g, cc) -> {
          if (g != self) {
            add(m, cc, g.mentions.size());
          }
        });
    return normalise(m);
  }

  private static void add(Map<String, Double> m, String cc, double w) {
    if (!cc.isEmpty()) {
      m.merge(cc, w, Double::sum);
    }
  }

  private static Map<String, Double> normalise(Map<String, Double> m) {
    double total = m.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> out = new HashMap<>();
    if (total > 0) {
      m.forEach((k, v) -> out.put(k, v / total));
    }
    return out;
  }

  private List<PlaceBuilder.Resolved> groupsToResolved(
      Map<String, Group> groups, List<ToponymMention> demonyms, List<Token> tokens) {
    List<PlaceBuilder.Resolved> out = new ArrayList<>();
    Map<String, Double> countries = new HashMap<>();
    for (Group g : groups.values()) {
      if (g.chosen != null && !g.chosen.country().isEmpty()) {
        add(countries, g.chosen.country(), g.mentions.size());
      }
    }
    for (ToponymMention d : demonyms) {
      gazetteer.demonym(d.text()).ifPresent(e -> add(countries, e.country(), 1.0));
    }
    String top = null;
    for (var e : countries.entrySet()) {
      if (top == null || e.getValue() > countries.get(top)) {
        top = e.getKey();
      }
    }
    GeoEntry focal = focal(groups, top);
    if (focal == null) {
      focal = focal(groups, null);
    }
    for (Group g : groups.values()) {
      for (ToponymMention m : g.mentions) {
        double conf = g.chosen == null ? UNKNOWN_CONFIDENCE : g.confidence * sourceFactor(m);
        out.add(
            new PlaceBuilder.Resolved(
                m,
                g.chosen,
                g.chosen == null ? g.text : null,
                conf,
                Metonymy.isMetonymic(tokens, m, g.chosen),
                g.chosen == null ? focal : null));
      }
    }
    for (ToponymMention d : demonyms) {
      GeoEntry e = gazetteer.demonym(d.text()).orElse(null);
      out.add(new PlaceBuilder.Resolved(d, e, d.text(), 0.9, true));
    }
    return out;
  }

  /**
   * The place the document is about: its most mentioned city, else division (ties: the first
   * named), in {@code country} when not null; null when it names none.
   */
  private static GeoEntry focal(Map<String, Group> groups, String country) {
    GeoEntry best = null;
    int bestScore = 0;
    for (Group g : groups.values()) {
      if (g.chosen == null || (country != null && !country.equals(g.chosen.country()))) {
        continue;
      }
      int rank =
          switch (g.chosen.kind()) {
            case CITY -> 3;
            case ADMIN2 -> 2;
            case ADMIN1 -> 1;
            default -> 0;
          };
      int score = rank == 0 ? 0 : g.mentions.size() * 4 + rank;
      if (score > bestScore) {
        bestScore = score;
        best = g.chosen;
      }
    }
    return best;
  }

  private static double sourceFactor(ToponymMention m) {
    return switch (m.source()) {
      case NER -> 1.0;
      case GAZETTEER -> 0.9;
      case EMBEDDED -> 0.7;
      case DEMONYM -> 0.9;
    };
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }
}
