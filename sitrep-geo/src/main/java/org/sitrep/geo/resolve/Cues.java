package org.sitrep.geo.resolve;

import java.util.Set;

/**
 * What the words around the mentions of one name say about it.
 *
 * @param containers countries ({@code UA}) and divisions ({@code US.TX}) the text places it in
 *     ("Paris, Texas", "Kharkiv, Ukraine")
 * @param containerFits whether some candidate of the name lies in one of the containers; when none
 *     does, the comma was a list ("Kharkiv, Chernihiv") and the containers are ignored
 * @param division whether a mention is followed by "region", "oblast", "province"… or follows "the
 *     region of"
 * @param city whether a mention follows "the city of", "town", "capital"…
 */
public record Cues(Set<String> containers, boolean containerFits, boolean division, boolean city) {
  public static final Cues NONE = new Cues(Set.of(), false, false, false);

  public Cues {
    containers = Set.copyOf(containers);
  }
}
