package org.sitrep.link;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two accounts of an attack name weapons that cannot be one attack's: one names a chemical
 * agent (chlorine, sarin, toxic gas, ...) and the other only conventional arms (shells, rockets,
 * air strikes, ...). An article that tells of a gas attack also names the shells or strikes that
 * carried it, so only an account without any chemical word counts as conventional.
 */
final class Weapons {
  private static final Pattern CHEMICAL =
      Pattern.compile(
          "\\b(chemical|chlorine|sarin|mustard gas|nerve (agent|gas)|toxic|poison(ous)? gas|gas"
              + " attack|suffocat\\w*)\\b");

  private static final Pattern CONVENTIONAL =
      Pattern.compile(
          "\\b(shell(s|ed|ing)?|artillery|mortars?|rockets?|missiles?|air ?strikes?|air"
              + " raids?|barrel bombs?|car bombs?|suicide bomb\\w*|bomb(s|ed|ing)?|gunfire|shot"
              + " dead)\\b");

  private Weapons() {}

  /** The weapon classes an account names: "chemical", "conventional" or none. */
  static String classOf(String evidence) {
    if (evidence == null) {
      return null;
    }
    String t = evidence.toLowerCase(Locale.ROOT);
    if (CHEMICAL.matcher(t).find()) {
      return "chemical";
    }
    return CONVENTIONAL.matcher(t).find() ? "conventional" : null;
  }

  /** Whether the two accounts name weapons of different classes. */
  static boolean contradict(String a, String b) {
    String x = classOf(a);
    String y = classOf(b);
    return x != null && y != null && !x.equals(y);
  }
}
