package org.sitrep.model;

/**
 * A number of people an event concerns. {@code value} is null when the text gives only a range
 * ("thousands"), which {@code min}/{@code max} then carry.
 */
public record Count(
    String kind, Long value, Long min, Long max, boolean approximate, String text) {}
