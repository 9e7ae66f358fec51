package org.sitrep.model;

/** Who said a quotation: a name, and the entity it is, when it is one. */
public record Speaker(String name, String entity) {}
