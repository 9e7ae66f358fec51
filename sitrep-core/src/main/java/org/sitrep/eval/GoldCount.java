package org.sitrep.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A count a gold event carries; {@code value} is null for "thousands" and the like. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldCount(String kind, Long value) {}
