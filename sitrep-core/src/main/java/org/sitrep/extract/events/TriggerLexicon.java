package org.sitrep.extract.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.text.Lexicon;
import org.sitrep.taxonomy.Family;

/** The event triggers of {@code triggers.tsv}: lemma sequences that name an event. */
public final class TriggerLexicon {
  /** One trigger entry; {@code type} "ATTACK" alone means: refine from the sentence's weapons. */
  record Entry(
      List<String> lemmas,
      char pos,
      String type,
      boolean weak,
      boolean person,
      boolean statement,
      Set<String> needs,
      Set<String> near) {
    /** The family of the entry's type; "ATTACK" alone (refined later) is the ATTACK family. */
    Family family() {
      int dot = type.indexOf('.');
      return Family.parse(dot < 0 ? type : type.substring(0, dot));
    }
  }

  private final Map<String, List<Entry>> byFirst = new HashMap<>();

  TriggerLexicon(List<Entry> entries) {
    for (Entry e : entries) {
      byFirst.computeIfAbsent(e.lemmas().get(0), k -> new ArrayList<>()).add(e);
    }
    // longest first
    byFirst.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
  }

  static TriggerLexicon load() {
    return new TriggerLexicon(read("triggers.tsv"));
  }

  /**
   * Whether a sentence of these tokens (lemmas and parts of speech set) holds a trigger of {@code
   * triggers.tsv}, matched as the event extractor matches them: the NLP stage's parse selection,
   * wired in the CLI's Application. Thread-safe.
   */
  public static java.util.function.Predicate<List<org.sitrep.model.Token>> sentenceTest() {
    TriggerMatcher matcher = new TriggerMatcher(load());
    return tokens ->
        !tokens.isEmpty() && !matcher.find(tokens, TriggerMatcher.lemmasOf(tokens)).isEmpty();
  }

  /** The lemmas of the verbs that introduce reported speech, lower case (for parse selection). */
  public static Set<String> speechVerbs() {
    return Lexicon.SPEECH_VERBS;
  }

  /**
   * The family of the strong trigger a one-word noun of this lemma is ("battle", "airstrike",
   * "talks"), or null.
   */
  Family eventNounFamily(String lemma) {
    for (Entry e : startingWith(lemma)) {
      if (e.lemmas().size() == 1 && (e.pos() == 'N' || e.pos() == '*') && !e.weak()) {
        return e.family();
      }
    }
    return null;
  }

  List<Entry> startingWith(String lemma) {
    return byFirst.getOrDefault(lemma, List.of());
  }

  static List<Entry> read(String resource) {
    List<Entry> out = new ArrayList<>();
    try (InputStream in = TriggerLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 3) {
          throw new IllegalStateException("bad trigger line: " + line);
        }
        String flags = f.length > 3 ? f[3] : "";
        Set<String> needs = Set.of();
        Set<String> near = Set.of();
        boolean weak = false;
        boolean person = false;
        boolean stmt = false;
        for (String flag : flags.split("\\|(?=(weak|person|stmt|needs=|near=))")) {
          if (flag.equals("weak")) {
            weak = true;
          } else if (flag.equals("person")) {
            person = true;
          } else if (flag.equals("stmt")) {
            stmt = true;
          } else if (flag.startsWith("needs=")) {
            needs = Set.of(flag.substring(6).split("\\|"));
          } else if (flag.startsWith("near=")) {
            near = Set.copyOf(List.of(flag.substring(5).split("\\|")));
          }
        }
        out.add(
            new Entry(
                List.of(f[0].toLowerCase(Locale.ROOT).split(" ")),
                f[1].charAt(0),
                f[2],
                weak,
                person,
                stmt,
                needs,
                near));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
