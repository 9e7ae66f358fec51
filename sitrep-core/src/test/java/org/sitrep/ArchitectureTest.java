package org.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules of the code base, checked over every module's main sources: CoreNLP and Spark stay in their
 * modules, no stack traces printed, no {@code System.exit} outside {@code main}, no unnamed thread
 * pools.
 */
class ArchitectureTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static List<Path> mainSources() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> modules = Files.list(ROOT)) {
      for (Path m :
          modules.filter(p -> p.getFileName().toString().startsWith("sitrep-")).toList()) {
        Path src = m.resolve("src/main/java");
        if (Files.isDirectory(src)) {
          try (Stream<Path> files = Files.walk(src)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(out::add);
          }
        }
      }
    }
    return out;
  }

  private static List<String> offenders(Pattern pattern, String allowedModule) throws IOException {
    List<String> bad = new ArrayList<>();
    for (Path f : mainSources()) {
      String rel = ROOT.relativize(f).toString();
      if (allowedModule != null && rel.startsWith(allowedModule + "/")) {
        continue;
      }
      String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (pattern.matcher(lines[i]).find() && !lines[i].contains("NOPMD")) {
          bad.add(rel + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    return bad;
  }

  @Test
  void sourcesAreFound() throws IOException {
    assertThat(mainSources()).hasSizeGreaterThan(30);
  }

  @Test
  void onlyTheNlpModuleImportsCoreNlp() throws IOException {
    assertThat(offenders(Pattern.compile("^import\\s+edu\\.stanford\\.nlp"), "sitrep-nlp"))
        .isEmpty();
  }

  @Test
  void onlyTheSparkModuleImportsSpark() throws IOException {
    assertThat(
            offenders(
                Pattern.compile("^import\\s+(static\\s+)?org\\.apache\\.(spark|hadoop)"),
                "sitrep-spark"))
        .isEmpty();
  }

  @Test
  void noStackTracesArePrinted() throws IOException {
    assertThat(offenders(Pattern.compile("\\.printStackTrace\\("), null)).isEmpty();
  }

  @Test
  void systemExitOnlyInTheCommandLineEntryPoint() throws IOException {
    List<String> bad = offenders(Pattern.compile("System\\.exit\\("), null);
    bad.removeIf(line -> line.startsWith("sitrep-cli/src/main/java/org/sitrep/cli/Main.java"));
    bad.removeIf(
        line -> line.startsWith("sitrep-spark/src/main/java/org/sitrep/spark/SparkMain.java"));
    assertThat(bad).isEmpty();
  }

  @Test
  void threadPoolsHaveNamedThreads() throws IOException {
    List<String> bad =
        offenders(Pattern.compile("Executors\\.new\\w+\\((?![^)]*ThreadFactory)[^)]*\\)"), null);
    bad.removeIf(line -> line.contains("NamedThreadFactory"));
    assertThat(bad).isEmpty();
  }
}
