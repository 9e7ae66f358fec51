/**
 * The command line: {@code sitrep extract}, {@code eval} and {@code bench} (picocli), and {@link
 * org.sitrep.cli.Application}, the one place the pipeline's heavy parts are built and wired.
 */
package org.sitrep.cli;
