package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.sitrep.clean.HtmlExtractor;
import org.sitrep.model.RawArticle;
import org.sitrep.model.SourceFormat;

/**
 * Reads the articles of one WARC file ({@code .warc} or {@code .warc.gz}, read with jwarc): every
 * {@code response} or {@code resource} record whose content is HTML or plain text and whose HTTP
 * status is 2xx. The target URI becomes the article's {@code source}; the WARC date is its
 * publication date when the page gives none. Other records are skipped and counted. A corrupt or
 * truncated record yields one failure naming its byte offset; reading resumes at the next record.
 */
final class WarcArticleReader {
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

  private final long maxBytes;
  private final HtmlExtractor html = new HtmlExtractor();

  WarcArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reads the file; returns what it held. */
  WarcCounts read(Path path, Consumer<InputItem> sink) {
    String file = path.toString();
    WarcCounts counts = new WarcCounts(file);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = channel.size();
      long offset = 0;
      boolean resyncing = false;
      while (offset < size) {
        // a negative answer is where to resume after a corrupt stretch
        long next = readFrom(channel, offset, size, resyncing, counts, sink);
        resyncing = next < 0;
        offset = Math.abs(next);
      }
    } catch (IOException e) {
      sink.accept(new InputItem.Failed(file, null, "cannot read: " + e.getMessage()));
    }
    return counts;
  }

  /**
   * Reads records from {@code offset} until the end or the first corrupt record; returns where to
   * go on (the size of the file when done). A stretch that fails again while looking for the next
   * good record ({@code resyncing}) is not reported twice.
   */
  private long readFrom(
      FileChannel channel,
      long offset,
      long size,
      boolean resyncing,
      WarcCounts counts,
      Consumer<InputItem> sink)
      throws IOException {
    channel.position(offset);
    WarcReader reader = new WarcReader(channel); // not closed: closing it would close the channel
    boolean gzip = reader.compression() == WarcCompression.GZIP;
    long at = offset;
    boolean inRecord = false;
    boolean readOne = false;
    try {
      while (true) {
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          return size;
        }
        at = reader.position();
        inRecord = true;
        handle(next.get(), counts.file() + "@" + at, counts, sink);
        counts.records++;
        inRecord = false;
        readOne = true;
      }
    } catch (IOException | RuntimeException e) {
      // a record that does not parse, or ends early: name it, then look for the next one
      long resume = find(channel, at + 1, gzip ? GZIP_MAGIC : WARC_MAGIC, size);
      if (!resyncing || readOne) {
        counts.corrupt++;
        String what =
            inRecord
                ? "corrupt or truncated record"
                : readOne
                    ? "corrupt or truncated data after this record"
                    : "not a readable WARC record";
        sink.accept(
            new InputItem.Failed(
                counts.file() + "@" + at,
                null,
                what
                    + " ("
                    + firstLine(e)
                    + ")"
                    + (resume < 0 ? "; nothing readable after it" : "; reading on at " + resume)));
      }
      return resume < 0 ? -size : -resume;
    }
  }

  private void handle(WarcRecord record, String origin, WarcCounts counts, Consumer<InputItem> sink)
      throws IOException {
    if (!(record instanceof WarcResponse || record instanceof WarcResource)) {
      counts.skip("not a response or resource record");
      return;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    String uri = target.target();
    if (uri.toLowerCase(Locale.ROOT).endsWith("/robots.txt")) {
      counts.skip("robots.txt");
      return;
    }
    MediaType type;
    MessageBody body;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
          && !response.contentType().toString().startsWith("application/http")) {
        counts.skip("not an HTTP response");
        return;
      }
      HttpResponse http = response.http();
      int status = http.status();
      if (status >= 300 && status < 400) {
        counts.skip("redirect");
        return;
      }
      if (status >= 400 || status < 200) {
        counts.skip("HTTP error status");
        return;
      }
      type = http.contentType();
      body = http.bodyDecoded();
    } else {
      type = record.contentType();
      body = record.body();
    }
    SourceFormat format = formatOf(type);
    if (format == null) {
      counts.skip("not HTML or text (image or other media)");
      return;
    }
    byte[] bytes = readUpTo(body.stream());
    if (bytes.length > maxBytes) {
      counts.articlesRefused++;
      sink.accept(new InputItem.Failed(origin, null, "record too large (see --max-mb)"));
      return;
    }
    String text = PageDecoder.decode(bytes, type.toString());
    if (text.isBlank()) {
      counts.skip("empty body");
      return;
    }
    LocalDate warcDate =
        record.date() == null ? null : record.date().atZone(ZoneOffset.UTC).toLocalDate();
    LocalDate published =
        format == SourceFormat.HTML && html.extract(text).published() != null ? null : warcDate;
    counts.articles++;
    sink.accept(
        new InputItem.Read(new RawArticle(origin, null, format, text, published, null, uri)));
  }

  private byte[] readUpTo(InputStream in) throws IOException {
    return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
  }

  private static SourceFormat formatOf(MediaType type) {
    if (type == null) {
      return null;
    }
    String t = type.toString();
    return PageDecoder.isHtml(t)
        ? SourceFormat.HTML
        : PageDecoder.isText(t) ? SourceFormat.TEXT : null;
  }

  /** The offset of the first {@code magic} at or after {@code from}, or -1. */
  private static long find(FileChannel channel, long from, byte[] magic, long size)
      throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
    long pos = from;
    while (pos < size) {
      buf.clear();
      int n = channel.read(buf, pos);
      if (n <= 0) {
        return -1;
      }
      byte[] a = buf.array();
      for (int i = 0; i + magic.length <= n; i++) {
        if (matches(a, i, magic)
            && (magic != WARC_MAGIC || i + pos == 0 || (i > 0 && a[i - 1] == '\n'))) {
          return pos + i;
        }
      }
      if (n < magic.length) {
        return -1;
      }
      pos += n - magic.length + 1;
    }
    return -1;
  }

  private static boolean matches(byte[] a, int i, byte[] magic) {
    for (int k = 0; k < magic.length; k++) {
      if (a[i + k] != magic[k]) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
