package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.model.RawArticle;

/**
 * Reads one input file on an executor with {@code sitrep extract}'s own {@link ArticleReader}, so
 * the articles, failures and origins are the same. A local file is read where it is; a file on
 * another filesystem is first copied to a local temporary file, and its origins renamed back.
 */
final class FileReading {
  private FileReading() {}

  static List<SparkItem> read(InputFile file, long maxBytes) throws IOException {
    List<SparkItem> out = new ArrayList<>();
    long base = ((long) file.index()) << 32;
    if (file.problem() != null) {
      out.add(SparkItem.of(base, new InputItem.Failed(file.name(), null, file.problem())));
      return out;
    }
    Path path = new Path(file.uri());
    boolean local = "file".equals(path.toUri().getScheme()) || path.toUri().getScheme() == null;
    ArticleReader reader = new ArticleReader(maxBytes);
    if (local) {
      reader.read(
          List.of(file.name()),
          InputStream.nullInputStream(),
          i -> out.add(SparkItem.of(base + out.size(), i)));
      return out;
    }
    java.nio.file.Path dir = Files.createTempDirectory("sitrep-input");
    java.nio.file.Path copy = dir.resolve(path.getName());
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      try (InputStream in = fs.open(path)) {
        Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      }
      String tmp = copy.toString();
      reader.read(
          List.of(tmp),
          InputStream.nullInputStream(),
          i -> out.add(SparkItem.of(base + out.size(), renamed(i, tmp, file.name()))));
    } finally {
      Files.deleteIfExists(copy);
      Files.deleteIfExists(dir);
    }
    return out;
  }

  private static InputItem renamed(InputItem item, String from, String to) {
    if (item instanceof InputItem.Failed f) {
      return new InputItem.Failed(f.origin().replace(from, to), f.id(), f.reason());
    }
    RawArticle a = ((InputItem.Read) item).article();
    return new InputItem.Read(
        new RawArticle(
            a.origin().replace(from, to),
            a.id(),
            a.format(),
            a.body(),
            a.published(),
            a.title(),
            a.source() == null ? null : a.source().replace(from, to)));
  }
}
