package org.sitrep.model;

/** What kind of actor an entity is. */
public enum EntityKind {
  PERSON,
  ORGANIZATION,
  GROUP,
  NATIONALITY
}
