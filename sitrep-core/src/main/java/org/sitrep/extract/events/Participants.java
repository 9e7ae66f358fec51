package org.sitrep.extract.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.text.Phrases;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Participant;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.taxonomy.ActorCategory;
import org.sitrep.taxonomy.Family;

/**
 * Who a noun phrase names as an event's actor or target: its entity, country and category (police,
 * rebels, state forces, civilians…), and the phrases that name no one who acts (a day, a
 * superlative, a weapon).
 */
final class Participants {
  private Participants() {}

  static Entity entityOf(EventContext ctx, Np np) {
    if (np.first() >= ctx.tokens.size()) {
      return null;
    }
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Entity e : ctx.entities) {
      for (Mention m : e.mentions()) {
        if (m.span().overlaps(span)) {
          return e;
        }
      }
      if (e.name().equals(np.text())) {
        return e;
      }
    }
    return null;
  }

  static Participant participant(EventContext ctx, Np np, Family family) {
    Entity e = entityOf(ctx, np);
    String name = np.text();
    String country = countryOf(ctx, np, e);
    ActorCategory category = category(np, e, family, namesCountry(ctx, np));
    return new Participant(name, e == null ? null : e.id(), country, category.label());
  }

  /** Whether a resolved place is named inside the phrase ("captured Kani", "seized Sirte"). */
  static boolean namesPlace(EventContext ctx, Np np) {
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Place p : ctx.places) {
      for (Mention m : p.mentions()) {
        if (span.contains(m.span())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the phrase is a country's name ("the Russian Federation", "Sudan"). */
  private static boolean namesCountry(EventContext ctx, Np np) {
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Place p : ctx.places) {
      if ("country".equals(p.precision())) {
        for (Mention m : p.mentions()) {
          if (m.span().contains(span)
              || span.contains(m.span()) && m.span().length() * 2 > span.length()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String countryOf(EventContext ctx, Np np, Entity e) {
    String[] words = np.text().split("[\\s’']+");
    for (int i = 0; i < words.length; i++) {
      if (i + 1 < words.length) {
        Optional<String> two = Demonyms.country(words[i] + " " + words[i + 1]);
        if (two.isPresent()) {
          return two.get();
        }
      }
      if (!words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0))) {
        Optional<String> one = Demonyms.country(words[i].replaceAll("[^\\p{L}.]", ""));
        if (one.isPresent()) {
          return one.get();
        }
      }
    }
    if (e != null) {
      for (String w : e.name().split("\\s+")) {
        Optional<String> one = Demonyms.country(w);
        if (one.isPresent()) {
          return one.get();
        }
      }
    }
    Span span = new Span(ctx.tokens.get(np.first()).start(), ctx.tokens.get(np.end() - 1).end());
    for (Place p : ctx.places) {
      if ("country".equals(p.precision()) && p.country() != null) {
        for (Mention m : p.mentions()) {
          if (span.contains(m.span())) {
            return p.country();
          }
        }
      }
    }
    return null;
  }

  static ActorCategory category(Np np, Entity e, Family family, boolean countryName) {
    String t = np.text().toLowerCase(Locale.ROOT);
    if (t.matches(".*\\b(police|policemen|officers|gendarm\\w*)\\b.*")) {
      return ActorCategory.POLICE;
    }
    if (t.matches(
        ".*\\b(rebels?|insurgents?|militants?|jihadists?|separatists?|guerrillas?|"
            + "islamists?|rapid support forces|rsf)\\b.*")) {
      return ActorCategory.REBELS;
    }
    if (t.matches(
        ".*\\b(militias?|militiamen|paramilitar\\w*|gunmen|armed men|vigilantes?)\\b.*")) {
      return ActorCategory.MILITIA;
    }
    if (t.matches(
        ".*\\b(u\\.?n\\.?|united nations|nato|european union|eu|african union|unicef|"
            + "unhcr|who|wfp|ocha|iom|security council|peacekeepers?)\\b.*")) {
      return ActorCategory.IGO;
    }
    if (t.matches(
        ".*\\b(red cross|red crescent|icrc|msf|médecins sans frontières|"
            + "doctors without borders|aid (group|agency|agencies|worker|workers)|ngos?|charity|"
            + "amnesty|human rights watch|save the children|oxfam)\\b.*")) {
      return ActorCategory.NGO;
    }
    if (t.matches(
        ".*\\b(forces?|troops?|army|soldiers?|military|navy|air force|marines?|"
            + "artillery|battalions?|brigades?|units?|servicemen|warplanes?|jets?|drones?|defen[cs]e "
            + "forces)\\b.*")) {
      return ActorCategory.STATE_FORCES;
    }
    if (t.matches(
        ".*\\b(civilians?|residents?|people|children|women|villagers|families|"
            + "refugees|patients|students|worshippers|passengers|farmers|men|boy|girl|child|man|"
            + "woman|teachers?|nurses?|doctors?|traders)\\b.*")) {
      return ActorCategory.CIVILIANS;
    }
    if (t.matches(".*\\b(journalists?|reporters?|media|newspaper|broadcaster|photographer)\\b.*")) {
      return ActorCategory.MEDIA;
    }
    if (t.matches(
        ".*\\b(ministry|government|president|prime minister|minister|cabinet|"
            + "parliament|kremlin|administration|presidency|junta|authorities)\\b.*")) {
      return ActorCategory.GOVERNMENT;
    }
    if (t.matches(
        ".*\\b(officials?|spokesm[ae]n|spokeswoman|spokesperson|governor|mayor|"
            + "diplomats?|ambassador|envoy|commander|general)\\b.*")) {
      return ActorCategory.OFFICIALS;
    }
    if ((countryName || Demonyms.country(np.text()).isPresent())
        && (family == Family.DISPLACEMENT || family == Family.EVACUATION)) {
      return ActorCategory.CIVILIANS; // "Ukrainians fleeing into central Europe"
    }
    if (countryName || Demonyms.country(np.text()).isPresent()) {
      return family.isStatement()
              || family == Family.TALKS
              || family == Family.SANCTION
              || family == Family.AID
              || family == Family.AGREEMENT
          ? ActorCategory.GOVERNMENT
          : ActorCategory.STATE_FORCES;
    }
    if (e != null && e.kind() == org.sitrep.model.EntityKind.PERSON) {
      String role = e.role() == null ? "" : e.role().toLowerCase(Locale.ROOT);
      if (role.matches(
          ".*\\b(minister|president|governor|mayor|spokes\\w+|official|"
              + "ambassador|secretary)\\b.*")) {
        return ActorCategory.OFFICIALS;
      }
    }
    return ActorCategory.UNKNOWN;
  }

  static boolean isWeapon(Np np) {
    String h = np.head();
    return h != null
        && (Phrases.WEAPONS.contains(h)
            || h.endsWith("s") && Phrases.WEAPONS.contains(h.substring(0, h.length() - 1)));
  }

  /** Nouns that name an armed force when they modify a weapon ("army drones"). */
  private static final Set<String> FORCES =
      Set.of("army", "military", "government", "regime", "coalition", "navy", "police", "rebel");

  private static final Set<String> NOT_ACTORS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "today",
          "yesterday",
          "tonight",
          "week",
          "month",
          "year",
          "day",
          "night",
          "morning",
          "evening",
          "deadliest",
          "worst",
          "latest",
          "largest",
          "biggest",
          "bloodiest",
          "crowd",
          "bridge",
          "indiscriminate",
          "heavy",
          "fierce",
          "renewed",
          "fresh",
          "new");

  /**
   * A phrase that names no one who acts: a day ("Friday's massacre"), a superlative ("Iraq's
   * deadliest attack"), a weapon or an adjective read as a noun phrase ("indiscriminate shelling").
   */
  static boolean namesNoActor(Np np) {
    String[] words = np.text().split("\\s+");
    if (isWeapon(np)) {
      // "Russian artillery", "Israeli drones", "army helicopters": the weapons stand for the
      // forces that fire them
      return java.util.Arrays.stream(words)
          .noneMatch(
              w ->
                  Character.isUpperCase(w.charAt(0)) && Demonyms.country(w).isPresent()
                      || FORCES.contains(w.toLowerCase(Locale.ROOT)));
    }
    String first = words[0].toLowerCase(Locale.ROOT);
    if (words.length == 1 && INDEFINITE.contains(first)) {
      return true; // "Others have sought shelter": nobody in particular
    }
    return np.head() != null && NOT_ACTORS.contains(np.head()) || NOT_ACTORS.contains(first);
  }

  private static final Set<String> INDEFINITE =
      Set.of(
          "others",
          "some",
          "many",
          "most",
          "several",
          "few",
          "those",
          "all",
          "both",
          "each",
          "one",
          "none",
          "anyone",
          "everyone",
          "someone",
          "somebody",
          "nobody",
          "people");
}
