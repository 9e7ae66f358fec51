/**
 * Output: writing analyses as {@code sitrep/v1} JSON documents or JSON Lines, and failures as
 * {@code {"id", "error"}} lines, exactly as the output contract says.
 */
package org.sitrep.output;
