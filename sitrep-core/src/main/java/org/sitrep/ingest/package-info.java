/**
 * Ingest: reading articles from files, folders, JSON Lines and standard input into {@link
 * org.sitrep.model.RawArticle}s. Every input that cannot be read becomes an {@link
 * org.sitrep.ingest.InputItem.Failed} with a one-line reason; a batch never stops for one bad
 * input.
 */
package org.sitrep.ingest;
