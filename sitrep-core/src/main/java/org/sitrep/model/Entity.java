package org.sitrep.model;

import java.util.List;

/**
 * A person, organisation, group or nationality with every mention of it.
 *
 * @param id {@code e1}, {@code e2}, … in order of first mention
 * @param role title or description the text gives ("deputy mayor of Mariupol"), or null
 */
public record Entity(String id, EntityKind kind, String name, String role, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
