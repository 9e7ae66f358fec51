package org.sitrep.extract;

import java.util.Set;

/** Closed word lists of the event extractor: general English only. */
final class Phrases {
  private Phrases() {}

  static Set<String> set(String... w) {
    return Set.copyOf(java.util.Arrays.asList(w));
  }

  static final Set<String> AUX =
      set(
          "be",
          "have",
          "do",
          "will",
          "would",
          "could",
          "should",
          "may",
          "might",
          "can",
          "must",
          "get",
          "reportedly",
          "allegedly",
          "also",
          "not",
          "n't",
          "never",
          "just",
          "already",
          "again",
          "later",
          "then",
          "now",
          "still",
          "repeatedly",
          "apparently",
          "finally",
          "today",
          "tonight",
          "yesterday",
          "overnight",
          "earlier");

  static final Set<String> AIR =
      set(
          "air",
          "airstrike",
          "warplane",
          "jet",
          "aircraft",
          "drone",
          "helicopter",
          "bomber",
          "plane",
          "airstrikes",
          "uav",
          "gunship",
          "fighter-jet",
          "aerial",
          "air-strike");
  static final Set<String> REMOTE =
      set(
          "artillery",
          "shell",
          "shelling",
          "rocket",
          "missile",
          "mortar",
          "howitzer",
          "barrage",
          "bombard",
          "bombardment",
          "grad",
          "katyusha",
          "projectile",
          "shellfire");
  static final Set<String> EXPLOSIVE =
      set(
          "ied",
          "explosive",
          "landmine",
          "mine",
          "grenade",
          "suicide",
          "blast",
          "explosion",
          "detonate",
          "explode",
          "bomber",
          "roadside",
          "car-bomb");
  static final Set<String> DIRECT =
      set(
          "gun",
          "shoot",
          "gunman",
          "gunmen",
          "knife",
          "stab",
          "machete",
          "gunfire",
          "rifle",
          "execute",
          "massacre",
          "beat",
          "torture",
          "rape",
          "abduct",
          "loot",
          "burn");
  static final Set<String> MILITARY_TARGETS =
      set(
          "position",
          "base",
          "soldier",
          "troops",
          "army",
          "fighter",
          "checkpoint",
          "militant",
          "rebel",
          "post",
          "outpost",
          "convoy",
          "garrison",
          "unit",
          "force",
          "militia");

  /** Nouns that name people (victims and groups of them). */
  static final Set<String> PEOPLE =
      set(
          "people",
          "person",
          "civilian",
          "child",
          "children",
          "woman",
          "women",
          "man",
          "men",
          "boy",
          "girl",
          "baby",
          "infant",
          "toddler",
          "soldier",
          "fighter",
          "militant",
          "rebel",
          "resident",
          "villager",
          "worker",
          "student",
          "member",
          "officer",
          "policeman",
          "police",
          "protester",
          "demonstrator",
          "patient",
          "passenger",
          "journalist",
          "nurse",
          "doctor",
          "teacher",
          "farmer",
          "family",
          "pilgrim",
          "worshipper",
          "refugee",
          "migrant",
          "troops",
          "troop",
          "serviceman",
          "servicemen",
          "guard",
          "official",
          "staff",
          "employee",
          "volunteer",
          "medic",
          "paramedic",
          "teenager",
          "youth",
          "adult",
          "elder",
          "infant",
          "citizen",
          "national",
          "prisoner",
          "detainee",
          "hostage",
          "captive",
          "suspect",
          "jihadist",
          "insurgent",
          "gunman",
          "gunmen",
          "attacker",
          "bystander",
          "victim",
          "others",
          "pow",
          "personnel",
          "crew",
          "son",
          "daughter",
          "mother",
          "father",
          "brother",
          "sister",
          "relative",
          "pupil",
          "priest",
          "trader",
          "shopper",
          "mourner",
          "recruit",
          "cadet",
          "commander",
          "militiaman",
          "militiamen",
          "settler",
          "worshiper",
          "peacekeeper",
          "aid",
          "humanitarian",
          "some");

  static final Set<String> WEAPONS =
      set(
          "drone",
          "missile",
          "rocket",
          "shell",
          "bomb",
          "mortar",
          "artillery",
          "strike",
          "airstrike",
          "explosion",
          "blast",
          "grenade",
          "mine",
          "projectile",
          "round",
          "device",
          "ied",
          "barrage",
          "fire",
          "gunfire",
          "shelling",
          "attack",
          "warplane",
          "jet",
          "aircraft",
          "plane",
          "helicopter",
          "tank",
          "vehicle",
          "car",
          "truck",
          "weapon");

  static final Set<String> SPEECH =
      set(
          "say",
          "tell",
          "report",
          "claim",
          "announce",
          "confirm",
          "state",
          "add",
          "declare",
          "write",
          "post",
          "insist",
          "allege");

  /** Words that put a sentence in the future ("will", "next", "tomorrow"). */
  static final Set<String> FUTURE =
      set(
          "will",
          "'ll",
          "shall",
          "next",
          "tomorrow",
          "upcoming",
          "coming",
          "scheduled",
          "planned",
          "expected",
          "due");

  static final Set<String> NEGATORS = set("no", "not", "n't", "never", "neither", "nor", "without");
  static final Set<String> HYPOTHETICAL =
      set("would", "could", "might", "if", "unless", "whether", "should");
  static final Set<String> PLANNED =
      set(
          "will",
          "plan",
          "schedule",
          "expect",
          "due",
          "set",
          "prepare",
          "intend",
          "aim",
          "propose",
          "hope",
          "upcoming",
          "planned",
          "scheduled",
          "future",
          "next",
          "'ll",
          "shall");
  static final Set<String> ONGOING =
      set("remain", "continue", "since", "still", "ongoing", "persist", "continuing", "keep");
  static final Set<String> VIOLATED = set("violate", "violation", "break", "breach", "flout");
  static final Set<String> SUSPENDED =
      set(
          "suspend",
          "halt",
          "postpone",
          "collapse",
          "abandon",
          "stop",
          "scrap",
          "cancel",
          "end",
          "off",
          "suspension",
          "interrupt");
  static final Set<String> AGREED =
      set("agree", "sign", "announce", "declare", "broker", "reach", "accept", "establish");

  static final Set<String> PREPOSITIONS_OF_PLACE =
      set(
          "in", "at", "near", "on", "outside", "into", "across", "around", "of", "inside", "toward",
          "towards", "to", "over", "from", "through", "off", "between", "along");
}
