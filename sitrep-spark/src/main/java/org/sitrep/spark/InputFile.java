package org.sitrep.spark;

import java.io.Serializable;

/**
 * One input file, as the driver found it.
 *
 * @param index its place in input order (files are read in the order {@code sitrep extract} reads
 *     them)
 * @param uri where to read it: a Hadoop filesystem URI ({@code file:}, {@code hdfs:}, {@code s3a:})
 * @param name how {@code sitrep extract} would name it in origins and sources: the path as given,
 *     or under a folder given, the folder joined with the rest of the path
 * @param problem why it cannot be read (no such file, an empty folder), or null
 */
record InputFile(int index, String uri, String name, String problem) implements Serializable {}
