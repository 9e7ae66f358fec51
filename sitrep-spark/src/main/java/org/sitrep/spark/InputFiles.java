package org.sitrep.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the input files on the driver, on any Hadoop filesystem: a file is itself, a folder is its
 * article files (text, HTML, JSON Lines, WARC), recursively, in name order, as {@code sitrep
 * extract} reads them.
 */
final class InputFiles {
  private InputFiles() {}

  static List<InputFile> list(List<String> inputs, Configuration conf) throws IOException {
    List<InputFile> out = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status;
      try {
        status = fs.getFileStatus(path);
      } catch (FileNotFoundException e) {
        out.add(new InputFile(out.size(), path.toString(), input, "no such file or folder"));
        continue;
      }
      if (!status.isDirectory()) {
        out.add(new InputFile(out.size(), status.getPath().toString(), input, null));
        continue;
      }
      URI base = status.getPath().toUri();
      List<String[]> found = new ArrayList<>();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(path, true);
      while (it.hasNext()) {
        LocatedFileStatus f = it.next();
        if (f.isFile() && isArticleFile(f.getPath().getName())) {
          String rest = base.relativize(f.getPath().toUri()).getPath();
          String name = input.endsWith("/") ? input + rest : input + "/" + rest;
          found.add(new String[] {f.getPath().toString(), name});
        }
      }
      found.sort((a, b) -> java.nio.file.Path.of(a[1]).compareTo(java.nio.file.Path.of(b[1])));
      if (found.isEmpty()) {
        out.add(
            new InputFile(
                out.size(),
                path.toString(),
                input,
                "folder holds no .txt, .html, .jsonl or .warc files"));
      }
      for (String[] f : found) {
        out.add(new InputFile(out.size(), f[0], f[1], null));
      }
    }
    return out;
  }

  static boolean isArticleFile(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".txt")
        || n.endsWith(".text")
        || n.endsWith(".html")
        || n.endsWith(".htm")
        || n.endsWith(".jsonl")
        || n.endsWith(".ndjson")
        || n.endsWith(".warc")
        || n.endsWith(".warc.gz");
  }
}
