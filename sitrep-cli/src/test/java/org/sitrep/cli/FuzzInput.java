package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputException;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.Analysis;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;
import org.sitrep.pipeline.Pipeline;

/**
 * One fuzz input run through ingest → clean → annotate → extract on the real pipeline, with what
 * must hold for every input: no exception escapes, no layer fails, every offset points at the text
 * it names, and the output meets the contract. An input that cannot be read as an article must be
 * refused with a one-line reason.
 *
 * <p>The first byte says how the rest is read: {@code T} as text, {@code H} as HTML, {@code J} as a
 * JSON article; any other first byte, the whole input is text. So the regression corpus in {@code
 * testdata/fuzz/} stays readable.
 */
final class FuzzInput {
  /** An article the fuzzer made that takes longer than this is a finding. */
  static final Duration BUDGET = Duration.ofSeconds(60);

  private static final ArticleReader READER = new ArticleReader(ArticleReader.DEFAULT_MAX_BYTES);
  private static Pipeline pipeline;

  private FuzzInput() {}

  private static synchronized Pipeline pipeline() {
    if (pipeline == null) {
      pipeline = SharedPipeline.get().withTimeBudget(BUDGET);
    }
    return pipeline;
  }

  /** Analyses a text with no time budget, so models the pipeline loads on first use are loaded. */
  static void warmUp(String text) {
    try {
      SharedPipeline.get()
          .withTimeBudget(Duration.ofHours(1))
          .analyze(new RawArticle("warm-up", null, SourceFormat.TEXT, text, null, null, null));
    } catch (InputException e) {
      throw new IllegalStateException(e.reason(), e);
    }
  }

  /** Runs one input; throws (an assertion or the pipeline's own exception) when a rule breaks. */
  static void check(byte[] data) {
    SourceFormat format = SourceFormat.TEXT;
    boolean json = false;
    byte[] body = data;
    if (data.length > 0 && (data[0] == 'T' || data[0] == 'H' || data[0] == 'J')) {
      format = data[0] == 'H' ? SourceFormat.HTML : SourceFormat.TEXT;
      json = data[0] == 'J';
      body = Arrays.copyOfRange(data, 1, data.length);
    }
    InputItem item = READER.fromBytes("fuzz", body, format, json);
    if (item instanceof InputItem.Failed f) {
      assertOneLine(f.reason());
      return;
    }
    Analysis a;
    try {
      a = pipeline().analyze(((InputItem.Read) item).article());
    } catch (InputException e) {
      assertOneLine(e.reason());
      return;
    }
    assertThat(a.failures()).as("failed layers").isEmpty();
    assertThat(ContractCheck.problems(a)).as("contract problems").isEmpty();
  }

  private static void assertOneLine(String reason) {
    assertThat(reason).isNotBlank().doesNotContain("\n").doesNotContain("Exception");
  }

  /** For messages: the input as text, shortened. */
  static String show(byte[] data) {
    String s = new String(data, StandardCharsets.UTF_8);
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }
}
