package org.sitrep.model;

/** An actor or target of an event. {@code entity} is an entity id, or null. */
public record Participant(String name, String entity, String country, String category) {}
