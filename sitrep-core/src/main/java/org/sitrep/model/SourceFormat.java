package org.sitrep.model;

/** How the body of an article arrived. */
public enum SourceFormat {
  TEXT,
  HTML
}
