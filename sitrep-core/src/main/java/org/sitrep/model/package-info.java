/**
 * The domain records every stage reads and writes: the article as it arrived ({@link
 * org.sitrep.model.RawArticle}), cleaned ({@link org.sitrep.model.CleanDocument}) and annotated
 * ({@link org.sitrep.model.AnnotatedDocument}), and what sitrep reads from it ({@link
 * org.sitrep.model.Analysis}: entities, places, events, quotes, dates). Immutable records that
 * validate what they can in their constructors; offsets are UTF-16 code units, half-open.
 */
package org.sitrep.model;
