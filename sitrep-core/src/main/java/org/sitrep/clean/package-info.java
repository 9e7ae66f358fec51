/**
 * Clean: from a {@link org.sitrep.model.RawArticle} to the exact text every later stage analyses
 * ({@link org.sitrep.model.CleanDocument}). HTML becomes its article text; site boilerplate
 * ("follow our live blog", newsletter promos) is cut; hard-wrapped lines are joined. Cutting keeps
 * an {@link org.sitrep.model.OffsetMap} back to the input text.
 */
package org.sitrep.clean;
