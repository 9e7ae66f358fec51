package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The regression corpus: every input that ever broke sitrep, kept in {@code testdata/fuzz/} (as
 * jsoup keeps its fuzz corpus), run through {@link FuzzInput}'s rules on the real pipeline.
 */
class FuzzCorpusIT {
  @BeforeAll
  static void loadThePipelineAndItsLazyModels() {
    FuzzInput.warmUp("Shelling hit Kherson on Monday, officials said.");
    FuzzInput.warmUp("SHELLING HIT KHERSON ON MONDAY, OFFICIALS SAID.");
  }

  static List<Path> corpus() throws IOException {
    Path dir = BrowserIT.projectRoot().resolve("testdata/fuzz");
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyInputThatEverBrokeSitrepNowPasses() throws IOException {
    List<Path> files = corpus();
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    return files.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.getFileName().toString(),
                    () -> {
                      byte[] data = Files.readAllBytes(p);
                      assertThatCode(() -> FuzzInput.check(data))
                          .as(FuzzInput.show(data))
                          .doesNotThrowAnyException();
                    }));
  }
}
