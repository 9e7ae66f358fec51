package org.sitrep.model;

import java.time.LocalDate;

/** When an event happened, as the contract writes it; {@code text} is the expression, or null. */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String text) {}
