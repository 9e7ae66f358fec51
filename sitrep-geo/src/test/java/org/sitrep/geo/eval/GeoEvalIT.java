package org.sitrep.geo.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the measurement on the evaluation sets when they are there (system property {@code
 * sitrep.shared}) and writes target/geo-eval/geo-eval.md. NLP output is cached in
 * target/geo-eval/cache.
 */
class GeoEvalIT {
  @Test
  void measuresTheEvaluationSets() throws Exception {
    String shared = System.getProperty("sitrep.shared", "../../shared");
    Path sharedDir = Path.of(shared);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(sharedDir.resolve("eval/tr-news")), "no evaluation sets at " + shared);
    Path out = Path.of("target/geo-eval");
    String report =
        GeoEval.run(
            sharedDir,
            List.of("seed", "geowebnews", "tr-news"),
            out.resolve("cache"),
            out,
            GeoEval::corenlp);
    System.out.println(report);
    assertThat(report).contains("| sitrep");
  }
}
