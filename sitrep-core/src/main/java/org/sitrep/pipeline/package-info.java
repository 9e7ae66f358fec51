/**
 * The pipeline: the one place the stages are put together (ingest → clean → annotate → resolve
 * places → extract → fuse), and the worker pool that runs it over a batch in input order.
 */
package org.sitrep.pipeline;
