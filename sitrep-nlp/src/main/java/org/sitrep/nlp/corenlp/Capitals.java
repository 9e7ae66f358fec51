package org.sitrep.nlp.corenlp;

import java.util.List;

/**
 * When text is written in capitals (wire copy, headings) or headline case, which the tagger and the
 * recogniser, trained on ordinary text, misread: every word a proper noun, no names found.
 */
final class Capitals {
  /** Fewer cased letters than this in a whole text: too little to judge. */
  private static final int MIN_LETTERS = 20;

  /** A sentence needs this many words with a letter: a two-word heading gains nothing. */
  private static final int MIN_WORDS = 4;

  private Capitals() {}

  /** Whether most of the cased letters of the text are capitals. */
  static boolean mostlyCapitals(CharSequence text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    return upper + lower >= MIN_LETTERS && upper > lower;
  }

  /** Whether any of the words has a letter. */
  static boolean hasLetters(List<String> words) {
    return words.stream().anyMatch(Capitals::hasLetter);
  }

  /**
   * Whether a sentence of these words should be truecased: at least {@value #MIN_WORDS} words with
   * letters, and either most of its cased letters capitals or every word of four letters or more
   * capitalised (headline case), at least {@value #MIN_WORDS} of them.
   */
  static boolean needsTruecasing(List<String> words) {
    int withLetters = 0;
    int upper = 0;
    int lower = 0;
    int longWords = 0;
    boolean allLongCapitalised = true;
    for (String w : words) {
      if (!hasLetter(w)) {
        continue;
      }
      withLetters++;
      int letters = 0;
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (Character.isUpperCase(c)) {
          upper++;
        } else if (Character.isLowerCase(c)) {
          lower++;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
      }
      if (letters >= 4) {
        longWords++;
        allLongCapitalised &= Character.isUpperCase(w.codePointAt(0));
      }
    }
    if (withLetters < MIN_WORDS) {
      return false;
    }
    return upper > lower || longWords >= MIN_WORDS && allLongCapitalised;
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
