package org.sitrep.extract;

import java.util.Set;

/** Closed word lists the extractors share: general English, never names of places or people. */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> set(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /** Lemmas of verbs that introduce or frame reported speech. */
  static final Set<String> SPEECH_VERBS =
      set(
          "say", "tell", "add", "continue", "declare", "warn", "claim", "insist", "explain",
          "note", "write", "state", "announce", "beg", "plead", "urge", "ask", "reply", "respond",
          "argue", "acknowledge", "admit", "vow", "promise", "call", "accuse", "describe",
          "suggest", "recall", "tweet", "post", "testify", "conclude", "confirm", "deny",
          "complain", "joke", "quip", "remark", "observe", "predict", "assert", "maintain",
          "stress", "emphasise", "emphasize", "report", "shout", "scream", "cry", "whisper",
          "sob", "exclaim", "concede", "boast", "charge", "allege", "contend", "counter",
          "retort", "lament", "blame", "condemn", "label", "brand", "dub", "term", "caution",
          "demand", "threaten", "pledge", "reiterate", "repeat", "agree", "mention", "wonder",
          "muse", "sigh", "yell", "chant", "proclaim", "tout", "praise", "criticise",
          "criticize", "dismiss", "reject", "question", "characterize", "characterise",
          "summarize", "summarise", "signal", "indicate", "insist", "hail", "slam", "decry",
          "denounce", "appeal", "implore", "advise", "recount", "describe", "estimate",
          "forecast", "clarify", "elaborate", "interject", "interrupt", "quote", "mock", "scoff", "retaliate", "fume", "snap",
          "tell", "thunder", "rail", "gush", "concur", "chide", "scold", "remember", "speak",
          "point", "recollect", "reflect", "marvel", "muse", "relate", "inform", "assure");

  /** Words that may sit between a subject and its speech verb. */
  static final Set<String> SKIPPABLE_ADVERBS =
      set(
          "also", "again", "later", "then", "once", "now", "previously", "earlier", "recently",
          "today", "tonight", "yesterday", "repeatedly", "reportedly", "allegedly", "simply",
          "further", "quickly", "quietly", "bluntly", "flatly", "angrily", "publicly",
          "privately", "separately", "already", "often", "frequently", "still", "not", "n't",
          "never", "has", "have", "had", "was", "were", "is", "are", "be", "been", "will",
          "would", "could", "should", "may", "might", "can", "did", "does", "do", "reportedly",
          "later", "once", "too", "initially", "ultimately", "finally", "afterwards");

  static final Set<String> PERSONAL_PRONOUNS = set("he", "she", "him", "her");

  static final Set<String> DETERMINERS =
      set(
          "the", "a", "an", "another", "one", "some", "this", "that", "these", "those", "its",
          "their", "our", "his", "her", "any", "each", "every");

  /** Honorifics, not roles. */
  static final Set<String> HONORIFICS =
      set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "madam",
          "miss", "mx", "prof", "prof.");

  /** Adjectives that belong to a title ("deputy mayor", "regional governor"). */
  static final Set<String> ROLE_ADJECTIVES =
      set(
          "regional", "local", "deputy", "former", "senior", "chief", "foreign", "acting", "top",
          "military", "presidential", "prime", "vice", "state", "interim", "district",
          "provincial", "national", "federal", "general", "supreme", "executive", "assistant",
          "associate", "principal", "permanent", "special", "humanitarian", "royal", "municipal",
          "defence", "defense", "interior", "medical", "financial", "political", "official",
          "senior", "junior", "outgoing", "incoming", "new", "retired", "exiled", "elected",
          "opposition", "rebel", "separatist", "independent", "republican", "democratic",
          "conservative", "liberal", "veteran", "musician", "local");

  /** Head nouns of institutions that speak and act ("the defence ministry"). */
  static final Set<String> INSTITUTIONS =
      set(
          "parliament", "ministry", "government", "army", "military", "police", "council",
          "committee", "agency", "office", "court", "commission", "embassy", "cabinet",
          "administration", "presidency", "command", "headquarters", "department", "navy",
          "authority", "authorities", "assembly", "senate", "congress", "legislature",
          "junta", "regime", "mission", "service", "secretariat", "prosecutor", "prosecutors",
          "spokesman", "spokeswoman", "spokesperson");

  /** Head nouns of armed or civilian groups ("Russian forces", "separatist fighters"). */
  static final Set<String> GROUPS =
      set(
          "force", "forces", "troop", "troops", "soldier", "soldiers", "fighter", "fighters",
          "militant", "militants", "rebel", "rebels", "separatist", "separatists", "militia",
          "militias", "militiamen", "gunmen", "paramilitaries", "insurgents", "jihadists",
          "protesters", "protestors", "demonstrators", "officials", "authorities", "residents",
          "volunteers", "settlers", "police", "officers", "guards", "units", "battalions",
          "brigades", "army", "navy", "marines", "commandos");

  /** Lower-case modifiers that make a group specific ("separatist forces"). */
  static final Set<String> GROUP_MODIFIERS =
      set(
          "separatist", "rebel", "government", "security", "armed", "paramilitary", "opposition",
          "militia", "jihadist", "islamist", "insurgent", "enemy", "allied", "coalition",
          "occupying", "occupation", "federal", "state", "regime", "junta", "army", "police",
          "border", "special", "local");

  /** Temporal nouns that are never part of a speaker's name. */
  static final Set<String> TIME_WORDS =
      set(
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "today", "tonight", "yesterday", "tomorrow", "morning", "evening", "afternoon",
          "night", "week", "weekend", "month", "year");

  /**
   * Common nouns that never speak: events, abstractions and things a sentence may start with
   * ("the attack", "the issue", "the timeline"). A noun phrase headed by one is no speaker.
   */
  static final Set<String> NOT_SPEAKERS =
      set(
          "attack", "attacks", "strike", "strikes", "claim", "claims", "ceasefire", "truce", "war",
          "fighting", "violence", "issue", "issues", "point", "situation", "name", "timeline",
          "slaughter", "massacre", "row", "incident", "incidents", "stereotype", "exception",
          "rejection", "primaries", "primary", "services", "agreement", "deal", "interview",
          "film", "signs", "sign", "remarks", "ads", "ad", "ire", "watch", "decision", "move",
          "plan", "idea", "question", "problem", "reason", "time", "way", "fact", "case", "thing",
          "things", "part", "side", "effort", "efforts", "process", "debate", "conflict",
          "crisis", "bombing", "shelling", "explosion", "blast", "fire", "offensive", "raid",
          "operation", "campaigning", "assault", "killing", "killings", "death", "deaths",
          "election", "vote", "votes", "law", "bill", "measure", "policy", "program",
          "programme", "move", "step", "steps", "event", "events", "day", "days", "hours",
          "minutes", "years", "months", "weeks", "evening", "morning", "night", "city", "town",
          "village", "area", "region", "country", "border", "road", "building", "hospital",
          "school", "market", "camp", "convoy", "trucks", "vehicles", "weapons", "missiles",
          "drones", "rockets", "shells", "bombs", "aid", "food", "water", "fuel", "power");

  static boolean isSpeechVerb(String lemma, String pos) {
    return pos.startsWith("VB") && SPEECH_VERBS.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
