/**
 * Incidents read back: pages of incidents under the events' filters, one incident with every report
 * side by side, its claims and the reasons of its links ({@link
 * org.sitrep.incident.IncidentReader}), and the incident exports: JSON Lines and a CSV in ACLED's
 * shape ({@link org.sitrep.incident.IncidentExporter}). The incidents themselves are made by the
 * linking stage, {@link org.sitrep.link}.
 */
package org.sitrep.incident;
