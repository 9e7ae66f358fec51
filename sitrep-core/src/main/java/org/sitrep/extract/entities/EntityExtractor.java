package org.sitrep.extract.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.text.Lexicon;
import org.sitrep.extract.text.TokenIndex;
import org.sitrep.model.AnnotatedDocument;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Mention;
import org.sitrep.model.NameMention;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * Entities: people and organisations from the name mentions, institutions ("the defence ministry"),
 * groups ("Russian forces") and nationalities ("Ukrainians"), each with all its mentions merged
 * ("Russian President Vladimir Putin", "Putin", "Putin's") and its role where the text gives one.
 */
public final class EntityExtractor {
  /** An entity while it is being built. */
  private static final class Draft {
    final EntityKind kind;
    String name;
    String role;
    final List<Span> mentions = new ArrayList<>();
    final List<String> keyWords;

    Draft(EntityKind kind, String name, List<String> keyWords) {
      this.kind = kind;
      this.name = name;
      this.keyWords = new ArrayList<>(keyWords);
    }

    String last() {
      return keyWords.get(keyWords.size() - 1);
    }
  }

  public List<Entity> extract(AnnotatedDocument doc, List<Place> places) {
    TokenIndex index = new TokenIndex(doc);
    String text = doc.text();
    List<Draft> drafts = new ArrayList<>();
    List<NameMention> names = joinSplitOrganisations(doc.names(), index, text);
    java.util.Set<String> placeNames = new java.util.HashSet<>();
    for (Place p : places) {
      p.mentions().forEach(pm -> placeNames.add(pm.text()));
    }
    for (NameMention m : names) {
      switch (m.label()) {
        case "PERSON" -> {
          if (placeNames.contains(m.text())) {
            continue; // NER's "El Fasher" as a person, where the text names the place elsewhere
          }
          NameMention trimmed = withoutPlaces(m, placeSpans(places), index, text);
          if (trimmed != null) {
            addPerson(drafts, trimmed, index, text);
          }
        }
        case "ORGANIZATION" -> addByName(drafts, EntityKind.ORGANIZATION, m.span(), text);
        case "MISC" -> {
          if (isNationality(m.text())) {
            addByName(drafts, EntityKind.NATIONALITY, m.span(), text);
          }
        }
        default -> {}
      }
    }
    boolean[] taken = covered(drafts, index);
    addNominalGroups(drafts, index, text, taken);
    addNationalities(drafts, index, text, taken);
    addMissedSurnames(drafts, index, text);
    drafts.sort(Comparator.comparingInt(d -> first(d).start()));
    List<Entity> out = new ArrayList<>();
    for (Draft d : drafts) {
      List<Mention> mentions =
          d.mentions.stream().sorted().distinct().map(s -> Mention.of(s, text)).toList();
      out.add(new Entity("e" + (out.size() + 1), d.kind, d.name, d.role, mentions));
    }
    return out;
  }

  private static Span first(Draft d) {
    return d.mentions.stream().min(Comparator.naturalOrder()).orElseThrow();
  }

  // ---- people ----

  private static void addPerson(List<Draft> drafts, NameMention m, TokenIndex index, String text) {
    List<String> words = new ArrayList<>();
    int firstKept = -1;
    int lastKept = -1;
    for (int i = m.firstToken(); i <= m.lastToken(); i++) {
      String w = index.token(i).word();
      if (!w.equalsIgnoreCase("'s")
          && !w.equalsIgnoreCase("’s")
          && !Lexicon.HONORIFICS.contains(lower(w))) {
        if (!w.equals("-")) {
          words.add(w);
        }
        firstKept = firstKept < 0 ? i : firstKept;
        lastKept = i;
      }
    }
    if (words.isEmpty()) {
      return;
    }
    String fullName = text.substring(index.token(firstKept).start(), index.token(lastKept).end());
    Draft match = findPerson(drafts, words);
    if (match == null) {
      match = new Draft(EntityKind.PERSON, fullName, words);
      drafts.add(match);
    } else if (words.size() > match.keyWords.size()) {
      match.name = fullName;
      match.keyWords.clear();
      match.keyWords.addAll(words);
    }
    match.mentions.add(m.span());
    if (match.role == null) {
      match.role = role(index, m.firstToken(), m.lastToken(), text);
    }
  }

  private static List<Span> placeSpans(List<Place> places) {
    List<Span> spans = new ArrayList<>();
    for (Place p : places) {
      p.mentions().forEach(m -> spans.add(m.span()));
    }
    return spans;
  }

  /**
   * A person mention without leading tokens that are a resolved place ("North Darfur Amina Yusuf" →
   * "Amina Yusuf"); null when the whole mention is a place (NER's "El Fasher").
   */
  private static NameMention withoutPlaces(
      NameMention m, List<Span> places, TokenIndex index, String text) {
    int first = m.firstToken();
    while (first <= m.lastToken() && insideAny(index.token(first).span(), places)) {
      first++;
    }
    if (first > m.lastToken()) {
      return null;
    }
    if (first == m.firstToken()) {
      return m;
    }
    Span span = new Span(index.token(first).start(), m.span().end());
    return new NameMention(m.label(), span, first, m.lastToken(), span.of(text));
  }

  private static boolean insideAny(Span s, List<Span> spans) {
    for (Span p : spans) {
      if (p.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /** The person these words name: same full name, or a surname or first name of a known one. */
  private static Draft findPerson(List<Draft> drafts, List<String> words) {
    Draft found = null;
    for (Draft d : drafts) {
      if (d.kind != EntityKind.PERSON) {
        continue;
      }
      List<String> k = d.keyWords;
      String last = words.get(words.size() - 1);
      boolean same = k.equals(words);
      boolean surname = words.size() == 1 && (last.equals(d.last()) || last.equals(k.get(0)));
      boolean longer = k.size() == 1 && words.size() > 1 && k.get(0).equals(last);
      boolean compatible =
          words.size() > 1
              && k.size() > 1
              && last.equals(d.last())
              && words.get(0).charAt(0) == k.get(0).charAt(0);
      if (same || surname || longer || compatible) {
        found = d; // the most recent one wins
      }
    }
    return found;
  }

  /** Occurrences of a known person's surname that NER did not tag ("Putin's troops"). */
  private static void addMissedSurnames(List<Draft> drafts, TokenIndex index, String text) {
    boolean[] taken = covered(drafts, index);
    for (Draft d : drafts) {
      if (d.kind != EntityKind.PERSON || d.keyWords.size() < 2) {
        continue;
      }
      String surname = d.last();
      for (int i = 0; i < index.size(); i++) {
        Token t = index.token(i);
        if (!taken[i]
            && t.word().equals(surname)
            && (t.ner().equals("O") || t.ner().equals("PERSON") || t.ner().equals("MISC"))) {
          d.mentions.add(t.span());
          taken[i] = true;
        }
      }
    }
  }

  // ---- roles ----

  /** The title before a name ("Regional governor") or the appositive after it (", deputy …,"). */
  static String role(TokenIndex index, int first, int last, String text) {
    String after = appositive(index, last, text);
    return after != null ? after : titleBefore(index, first, text);
  }

  private static String titleBefore(TokenIndex index, int first, String text) {
    int sentenceStart = index.sentenceOfToken(first).firstToken();
    int i = first - 1;
    while (i >= sentenceStart && Lexicon.HONORIFICS.contains(lower(index.token(i).word()))) {
      i--;
    }
    int head = i;
    int from = i;
    // "Deputy governor of North Darfur Amina Yusuf": a title ending in "of/for" + a name
    int k = i;
    while (k >= sentenceStart
        && index.token(k).isProperNoun()
        && !index.token(k).ner().equals("PERSON")) {
      k--;
    }
    if (k < i
        && k - 1 >= sentenceStart
        && (lower(index.token(k).word()).equals("of") || lower(index.token(k).word()).equals("for"))
        && isTitleNoun(index.token(k - 1))) {
      from = k - 1;
    } else if (i < sentenceStart
        || !isTitleNoun(index.token(i))
        || index.token(i).ner().equals("LOCATION")) {
      return null;
    }
    while (from - 1 >= sentenceStart && isTitleWord(index.token(from - 1))) {
      from--;
    }
    while (from < head && !keepsTitleAdjective(index.token(from))) {
      from++; // "Devastated mother" → "mother"
    }
    return text.substring(index.token(from).start(), index.token(head).end());
  }

  private static boolean isTitleNoun(Token t) {
    return (t.pos().equals("NN") || t.pos().equals("NNP") || t.pos().equals("NNS"))
        && !t.ner().equals("PERSON")
        && !Lexicon.TIME_WORDS.contains(lower(t.word()))
        && Character.isLetter(t.word().charAt(0));
  }

  private static boolean isTitleWord(Token t) {
    return isTitleNoun(t) || t.pos().equals("JJ") || t.pos().equals("NNPS");
  }

  private static boolean keepsTitleAdjective(Token t) {
    if (!t.pos().startsWith("JJ")) {
      return true;
    }
    return t.isCapitalised() && !t.word().endsWith("ed")
        || Lexicon.ROLE_ADJECTIVES.contains(lower(t.word()));
  }

  /** ", deputy mayor of Mariupol," after a name; not ", 62," nor ", who …". */
  private static String appositive(TokenIndex index, int last, String text) {
    int i = last + 1;
    if (i < index.size()
        && (index.token(i).word().equalsIgnoreCase("'s")
            || index.token(i).word().equalsIgnoreCase("’s"))) {
      return null;
    }
    if (i >= index.size() || !index.token(i).word().equals(",")) {
      return null;
    }
    int sentenceEnd = index.sentenceOfToken(last).lastToken();
    int from = i + 1;
    int to = from;
    boolean noun = false;
    while (to <= sentenceEnd && to - from < 12) {
      Token t = index.token(to);
      if (t.word().equals(",")
          || t.word().equals(".")
          || t.word().equals(";")
          || t.word().equals(":")
          || t.word().equals("–")
          || t.word().equals("—")) {
        break;
      }
      if (t.pos().startsWith("VB")
          || t.pos().startsWith("W")
          || t.pos().equals("PRP")
          || isQuoteMark(t.word())) {
        return null;
      }
      noun |= t.pos().startsWith("NN");
      to++;
    }
    if (to == from || to > sentenceEnd + 1 || !noun) {
      return null;
    }
    Token head = index.token(from);
    if (head.pos().equals("CD") || head.pos().equals("IN") || head.pos().equals("RB")) {
      return null;
    }
    boolean closed =
        to < index.size()
            && (index.token(to).word().equals(",")
                || index.token(to).word().equals("–")
                || index.token(to).word().equals("—"));
    boolean endsSentence =
        to < index.size()
            && index.token(to).word().equals(".")
            && Set.of("a", "an", "the").contains(lower(head.word()));
    if (!closed && !endsSentence) {
      return null; // an appositive is closed by punctuation ("…, a teacher in X." ends one too)
    }
    int start = from;
    if (Lexicon.DETERMINERS.contains(lower(head.word())) && start + 1 < to) {
      start++;
    }
    return text.substring(index.token(start).start(), index.token(to - 1).end());
  }

  // ---- organisations, institutions, groups, nationalities ----

  /** "International Committee" + "of the" + "Red Cross" → one organisation. */
  private static List<NameMention> joinSplitOrganisations(
      List<NameMention> names, TokenIndex index, String text) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention m : names) {
      if (!out.isEmpty()) {
        NameMention prev = out.get(out.size() - 1);
        if (prev.label().equals("ORGANIZATION")
            && (m.label().equals("ORGANIZATION") || m.label().equals("LOCATION"))
            && onlyLinkWordsBetween(index, prev.lastToken(), m.firstToken())) {
          Span span = new Span(prev.span().start(), m.span().end());
          out.set(
              out.size() - 1,
              new NameMention(
                  "ORGANIZATION", span, prev.firstToken(), m.lastToken(), span.of(text)));
          continue;
        }
      }
      out.add(m);
    }
    return out;
  }

  private static boolean onlyLinkWordsBetween(TokenIndex index, int last, int first) {
    int gap = first - last - 1;
    if (gap < 1 || gap > 2) {
      return false;
    }
    String a = lower(index.token(last + 1).word());
    if (!a.equals("of") && !a.equals("for")) {
      return false;
    }
    return gap == 1 || lower(index.token(last + 2).word()).equals("the");
  }

  private static void addByName(List<Draft> drafts, EntityKind kind, Span span, String text) {
    String name = stripDeterminer(span.of(text));
    String key = lower(name);
    for (Draft d : drafts) {
      if (d.kind == kind
          && (lower(d.name).equals(key)
              || kind == EntityKind.ORGANIZATION
                  && (isAcronymOf(name, d.name) || isAcronymOf(d.name, name)))) {
        d.mentions.add(span);
        if (isAcronymOf(d.name, name)) {
          d.name = name; // the full name is the better name
        }
        return;
      }
    }
    Draft d = new Draft(kind, name, List.of(name));
    d.mentions.add(span);
    drafts.add(d);
  }

  /**
   * Institutions and groups named by a noun phrase: "Russia's defence ministry", "Russian forces".
   */
  private static void addNominalGroups(
      List<Draft> drafts, TokenIndex index, String text, boolean[] taken) {
    for (int i = 0; i < index.size(); i++) {
      Token t = index.token(i);
      if (taken[i] || !t.isNoun() || t.isCapitalised() && !t.pos().startsWith("NN")) {
        continue;
      }
      String lemma = lower(t.word());
      boolean institution = Lexicon.INSTITUTIONS.contains(lemma);
      boolean group = Lexicon.GROUPS.contains(lemma);
      if (!institution && !group) {
        continue;
      }
      if (i + 1 < index.size() && index.token(i + 1).isNoun() && !taken[i + 1]) {
        continue; // not the head: "police officers" is headed by "officers"
      }
      int from = modifiersStart(index, i, taken);
      if (from == i) {
        continue; // a bare "the ministry" or "forces" names nobody in particular
      }
      boolean specific = false;
      for (int k = from; k < i; k++) {
        Token m = index.token(k);
        specific |= m.isCapitalised() || Lexicon.GROUP_MODIFIERS.contains(lower(m.word()));
      }
      if (!specific) {
        continue;
      }
      Span span = new Span(index.token(from).start(), t.end());
      EntityKind kind = institution && !group ? EntityKind.ORGANIZATION : EntityKind.GROUP;
      if (lemma.equals("spokesman")
          || lemma.equals("spokeswoman")
          || lemma.equals("spokesperson")) {
        continue; // a spokesperson is a role of a person, handled with people
      }
      addByName(drafts, kind, span, text);
      for (int k = from; k <= i; k++) {
        taken[k] = true;
      }
    }
  }

  /** Start of the modifiers before a head noun: adjectives, nouns, names and possessives. */
  private static int modifiersStart(TokenIndex index, int head, boolean[] taken) {
    int sentenceStart = index.sentenceOfToken(head).firstToken();
    int from = head;
    while (from - 1 >= sentenceStart) {
      Token p = index.token(from - 1);
      boolean possessive = p.pos().equals("POS");
      boolean modifier =
          p.pos().startsWith("JJ")
              || p.pos().startsWith("NN")
              || possessive
              || (p.word().equals("-")
                  && from - 2 >= sentenceStart
                  && index.token(from - 2).end() == p.start()
                  && p.end() == index.token(from).start());
      if (!modifier
          || taken[from - 1]
              && !p.ner().equals("LOCATION")
              && !possessive
              && !index.token(from - 1).ner().equals("PERSON")) {
        break;
      }
      if (Lexicon.TIME_WORDS.contains(lower(p.word()))) {
        break;
      }
      from--;
    }
    return from;
  }

  /** Plural demonyms used as nouns: "Russians", "Ukrainians", "Israelis". */
  private static void addNationalities(
      List<Draft> drafts, TokenIndex index, String text, boolean[] taken) {
    for (int i = 0; i < index.size(); i++) {
      Token t = index.token(i);
      if (!taken[i]
          && t.isCapitalised()
          && (t.pos().equals("NNPS") || t.pos().equals("NNS") || t.pos().equals("NNP"))
          && t.ner().equals("O")
          && isNationality(t.word())
          && t.word().endsWith("s")
          && t.word().length() >= 6
          && t.pos().equals("NNPS")) {
        addByName(drafts, EntityKind.NATIONALITY, t.span(), text);
        taken[i] = true;
      }
    }
  }

  /** Common nouns shaped like demonyms. */
  private static final java.util.Set<String> NOT_DEMONYMS =
      java.util.Set.of(
          "civilians",
          "civilian",
          "guardians",
          "politicians",
          "technicians",
          "musicians",
          "physicians",
          "pedestrians",
          "librarians",
          "historians",
          "comedians",
          "humanitarians",
          "veterans",
          "barbarians",
          "custodians",
          "authoritarians",
          "partisans",
          "artisans",
          "guardsmen",
          "islamists",
          "jihadists",
          "militants",
          "villagers",
          "officials",
          "rebels",
          "fighters",
          "others",
          "lawmakers",
          "workers",
          "leaders");

  private static boolean isNationality(String word) {
    String w = lower(word);
    if (NOT_DEMONYMS.contains(w)) {
      return false;
    }
    return w.matches("[a-z]+(ians?|eans?|ans|ese|is|ish|ch|ards?|ots?)")
        && Character.isUpperCase(word.charAt(0));
  }

  private static boolean[] covered(List<Draft> drafts, TokenIndex index) {
    boolean[] taken = new boolean[index.size()];
    for (Draft d : drafts) {
      for (Span s : d.mentions) {
        for (int i = index.atOrAfter(s.start());
            i < index.size() && index.token(i).start() < s.end();
            i++) {
          taken[i] = true;
        }
      }
    }
    return taken;
  }

  /** "RSF" for "Rapid Support Forces": the capitals of the long name's capitalised words. */
  static boolean isAcronymOf(String acronym, String name) {
    if (acronym.length() < 2
        || acronym.length() > 8
        || !acronym.equals(acronym.toUpperCase(Locale.ROOT))
        || !acronym.chars().allMatch(Character::isLetter)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.length() >= 2 && initials.toString().equals(acronym);
  }

  static boolean isQuoteMark(String w) {
    return w.equals("“")
        || w.equals("”")
        || w.equals("\"")
        || w.equals("``")
        || w.equals("''")
        || w.equals("‘")
        || w.equals("’")
        || w.equals("«")
        || w.equals("»");
  }

  public static String stripDeterminer(String name) {
    String[] parts = name.split("\\s+", 2);
    if (parts.length == 2 && Lexicon.DETERMINERS.contains(lower(parts[0]))) {
      return parts[1];
    }
    return name;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Entity id by token: which entity each token's mention belongs to. */
  public static Map<Integer, Entity> byToken(List<Entity> entities, TokenIndex index) {
    Map<Integer, Entity> map = new LinkedHashMap<>();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        for (int i = index.atOrAfter(m.start());
            i < index.size() && index.token(i).start() < m.end();
            i++) {
          map.putIfAbsent(i, e);
        }
      }
    }
    return map;
  }
}
