/**
 * Evaluation: reads the answer keys of {@code ../shared/eval/<set>/gold.jsonl} ({@link
 * org.sitrep.eval.GoldSet}) and scores {@link org.sitrep.model.Analysis} predictions against them
 * ({@link org.sitrep.eval.Evaluator}) layer by layer — toponyms, quotes, counts, events, labels —
 * as {@code ../shared/spec/gold-format.md} defines the metrics. The result is an {@link
 * org.sitrep.eval.EvalReport}: every figure with its numerator and denominator, printable and
 * convertible to JSON. {@link org.sitrep.eval.NameMatch} is the keys' alias rule for speakers and
 * actors.
 */
package org.sitrep.eval;
