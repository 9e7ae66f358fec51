package org.sitrep.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of ingest → clean → extract with Jazzer, on the real pipeline (CoreNLP,
 * gazetteer, events), checking {@link FuzzInput}'s rules for every input. {@code mvn verify} runs
 * it in a JVM of its own for {@code sitrep.fuzz.seconds} (90 s; README, "Reliability", says how to
 * run it longer). An input that breaks a rule is saved by Jazzer under {@code
 * src/test/resources/org/sitrep/cli/PipelineFuzzITInputs/}; once fixed, it moves to the regression
 * corpus {@code testdata/fuzz/}, which {@link FuzzCorpusIT} runs in every build.
 */
class PipelineFuzzIT {
  /**
   * Loads the pipeline and the models it loads lazily (the truecaser, for all-caps text) before
   * fuzzing starts, so no input is charged for loading them.
   */
  @BeforeAll
  static void loadThePipelineBeforeTheClockStarts() {
    FuzzInput.warmUp("Shelling hit Kherson on Monday, officials said.");
    FuzzInput.warmUp("SHELLING HIT KHERSON ON MONDAY, OFFICIALS SAID.");
  }

  @FuzzTest(maxDuration = "90s")
  void noInputBreaksThePipelineOrTheContract(byte[] data) {
    FuzzInput.check(data);
  }
}
