package org.sitrep.geo.recognize;

import java.util.Locale;
import java.util.Set;

/** Word lists the recogniser and the scorer consult. General English, no place names. */
public final class Lexicon {
  private Lexicon() {}

  /** Capitalised words that are never taken as a place on the gazetteer's word alone. */
  public static final Set<String> NOT_PLACES =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "president", "minister", "mayor", "governor", "king",
          "queen", "prince", "general", "police", "army", "navy", "government", "congress",
          "parliament", "senate", "court", "church", "university", "school", "hospital", "city",
          "state", "national", "federal", "republic", "republican", "republicans", "democrat",
          "democrats", "democratic", "union", "international", "independence", "liberty",
          "freedom", "victory", "unity", "peace", "hope", "trust", "justice", "god", "allah",
          "christmas", "easter", "ramadan", "islamic", "christian", "muslim", "jewish", "north",
          "south", "east", "west", "central", "northern", "southern", "eastern", "western",
          "new", "old", "great", "little", "upper", "lower", "mount", "saint", "fort", "port",
          "lake", "river", "island", "islands", "bay", "sea", "ocean", "gulf", "valley",
          "beach", "park", "street", "road", "avenue", "square", "center", "centre", "media",
          "news", "times", "post", "press", "reuters", "twitter", "facebook", "google", "apple",
          "amazon", "nice", "bar", "reading", "mobile", "split", "bath", "of", "the", "and",
          "but", "or", "if", "as", "at", "by", "in", "on", "to", "he", "she", "we", "they",
          "it", "you", "his", "her", "our", "their", "this", "that", "these", "those", "what",
          "when", "where", "who", "why", "how", "a", "an", "no", "yes", "not", "all", "any",
          "some", "more", "most", "many", "much", "one", "two", "three", "first", "second",
          "last", "next", "early", "late", "today", "tonight", "tomorrow", "yesterday", "after",
          "before", "during", "since", "until", "while", "also", "even", "still", "just",
          "only", "then", "there", "here", "now", "so", "such", "both", "each", "every",
          "other", "another", "same", "different", "black", "white", "red", "green", "blue",
          "gold", "silver", "star", "sun", "moon", "home", "house", "office", "council",
          "committee", "ministry", "department", "agency", "service", "services", "force",
          "forces", "group", "party", "front", "movement", "brigade", "battalion", "company",
          "corporation", "bank", "fund", "foundation", "institute", "association", "society",
          "club", "team", "league", "cup", "games", "olympics", "world", "global", "europe's",
          "man", "woman", "men", "women", "people", "children", "family", "friends", "love",
          "life", "death", "war", "battle", "attack", "killed", "dead", "health", "care",
          "energy", "power", "oil", "gas", "water", "food", "money", "market", "trade", "deal",
          "plan", "report", "story", "video", "photo", "image", "read", "watch", "live",
          "update", "breaking", "exclusive", "opinion", "analysis", "sport", "sports", "music",
          "film", "art", "culture", "science", "technology", "business", "economy", "politics",
          "election", "vote", "campaign", "chief", "head", "director", "secretary", "spokesman",
          "spokeswoman", "official", "officials", "commander", "leader", "mr", "mrs", "ms",
          "dr", "sir", "lord", "lady", "pope", "bishop", "imam", "rabbi", "father", "mother",
          "brother", "sister", "son", "daughter", "mercury", "venus", "mars");

  /** Titles that precede a person's name. */
  public static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "president", "pres",
          "minister", "premier", "chancellor", "senator", "sen", "rep", "representative", "gov",
          "governor", "mayor", "gen", "general", "col", "colonel", "lt", "maj", "major", "capt",
          "captain", "sgt", "king", "queen", "prince", "princess", "sheikh", "emir", "pope",
          "bishop", "rev", "reverend", "father", "imam", "judge", "justice", "prof",
          "professor", "coach", "dame", "saint", "st", "ambassador", "secretary", "spokesman",
          "spokeswoman", "leader", "chief", "commander", "officer", "deputy", "mrs.", "ms.");

  /** Prepositions before a place ("in X", "from X"). */
  public static final Set<String> LOCATIVE =
      Set.of(
          "in", "at", "near", "from", "to", "into", "across", "throughout", "outside", "inside",
          "around", "toward", "towards", "via", "through", "within", "between",
          "on", "over", "off", "beyond", "along", "entered", "visited", "reached", "fled",
          "left", "leaving", "entering", "visiting");

  /** Words after a name that make it a division ("Donetsk region", "Kherson oblast"). */
  public static final Set<String> DIVISION_WORDS =
      Set.of(
          "region", "regions", "oblast", "oblasts", "province", "provinces", "state", "states",
          "county", "counties", "governorate", "district", "districts", "prefecture",
          "territory", "department", "krai", "kray", "canton", "parish", "municipality",
          "voivodeship", "area");

  /** Words before "of X" or just before X that make X a city ("the city of X", "town X"). */
  public static final Set<String> CITY_WORDS =
      Set.of(
          "city", "town", "village", "capital", "port", "suburb", "hamlet", "settlement",
          "cities", "towns", "villages", "municipality", "outskirts", "downtown", "centre",
          "center", "township", "borough", "resort", "hub", "mayor", "residents");

  /** Verbs that, after a country or capital as subject, make it stand for its government. */
  public static final Set<String> AGENT_VERBS =
      Set.of(
          "say", "said", "says", "warn", "warned", "warns", "announce", "announced", "announces",
          "accuse", "accused", "accuses", "deny", "denied", "denies", "insist", "insisted",
          "insists", "demand", "demanded", "demands", "reject", "rejected", "rejects", "claim",
          "claimed", "claims", "threaten", "threatened", "threatens", "urge", "urged", "urges",
          "call", "called", "calls", "respond", "responded", "responds", "decide", "decided",
          "decides", "agree", "agreed", "agrees", "refuse", "refused", "refuses", "plan",
          "planned", "plans", "want", "wanted", "wants", "believe", "believed", "believes",
          "condemn", "condemned", "condemns", "sanction", "sanctioned", "sanctions", "impose",
          "imposed", "imposes", "expel", "expelled", "expels", "recognise", "recognised",
          "recognize", "recognized", "support", "supported", "supports", "oppose", "opposed",
          "opposes", "blame", "blamed", "blames", "vow", "vowed", "vows", "pledge", "pledged",
          "pledges", "promise", "promised", "promises", "send", "sent", "sends", "offer",
          "offered", "offers", "sign", "signed", "signs", "launch", "launched", "launches",
          "invade", "invaded", "invades", "retaliate", "retaliated", "told", "tell", "tells",
          "hit", "struck", "strike", "strikes", "has", "have", "had", "is", "was", "will",
          "would", "could", "should", "must", "may", "might", "can", "stated", "confirmed",
          "reported", "argued", "argues", "hopes", "hoped", "seeks", "sought", "fears",
          "feared", "welcomed", "welcomes", "made", "makes", "took", "takes", "sees", "saw",
          "knows", "knew", "needs", "needed", "tried", "tries", "backed", "backs", "helped",
          "helps", "asked", "asks", "pushed", "pushes", "moved", "moves");

  /** Nouns after a possessive country that make it stand for its institutions. */
  public static final Set<String> INSTITUTIONS =
      Set.of(
          "government", "ministry", "president", "prime", "foreign", "defence", "defense",
          "army", "military", "forces", "troops", "navy", "leader", "leaders", "leadership",
          "parliament", "embassy", "ambassador", "envoy", "officials", "authorities",
          "administration", "regime", "intelligence", "security", "state", "central",
          "spokesman", "spokeswoman", "delegation", "negotiators", "diplomats", "chancellor",
          "king", "cabinet", "interior", "justice", "health", "finance", "economy", "team");

  public static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "");
  }
}
