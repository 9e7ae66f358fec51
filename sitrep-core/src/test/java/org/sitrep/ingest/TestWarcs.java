package org.sitrep.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * WARC archives written with jwarc for tests: a crawl of short news pages (texts written for these
 * tests, in several voices) mixed with what a real crawl holds besides: images, redirects, 404s and
 * 500s, robots.txt, request records, a warcinfo record; optionally a corrupt stretch in the middle
 * and a truncated last record.
 */
public final class TestWarcs {
  /** What a generated archive holds, for assertions. */
  public record Contents(
      Path file,
      int records,
      int articles,
      int images,
      int redirects,
      int errors,
      int robots,
      int requests,
      int warcinfo) {}

  private static final String[] PLACES = {
    "Kharkiv", "El Fasher", "Sumy", "Khan Younis", "Bamako", "Goma", "Kherson", "Mogadishu"
  };
  private static final String[] VOICES = {
    "<p>%2$s - Artillery shells struck a residential block in %1$s on Tuesday, killing %3$d"
        + " people and wounding %4$d others, the regional governor said.</p>",
    "<p>PRESS RELEASE. The ministry condemns the drone attack on a market in %1$s, in which %3$d"
        + " civilians were killed. Emergency teams evacuated %4$d residents.</p>",
    "<p>Live updates: Fighting continued near %1$s overnight. Local officials said %3$d"
        + " soldiers were killed and %4$d were captured after clashes with armed groups.</p>",
    "<p>GUNMEN ATTACKED A VILLAGE NEAR %1$s ON SUNDAY, KILLING %3$d FARMERS, POLICE SAID.</p>",
    "<p>\"We have buried %3$d of our neighbours,\" said a resident of %1$s, describing the"
        + " airstrike that hit the town on Friday. Aid workers said %4$d families fled.</p>",
  };

  private TestWarcs() {}

  /** The HTML page of article {@code i}: each is different, so each has its own content hash. */
  public static String page(int i) {
    String place = PLACES[i % PLACES.length];
    String voice = VOICES[(i / PLACES.length) % VOICES.length];
    String body =
        String.format(Locale.ROOT, voice, place, place.toUpperCase(Locale.ROOT), 3 + i, 10 + 2 * i);
    return "<html><head><title>Report "
        + i
        + " from "
        + place
        + "</title></head><body><article>"
        + body
        + "</article></body></html>";
  }

  /**
   * Writes an archive of {@code articles} article pages, with, for every article, about three other
   * records. {@code corruptMiddle} puts a stretch of garbage after the first third; {@code
   * truncatedTail} cuts the last record in half.
   */
  public static Contents write(
      Path file, int articles, boolean gzip, boolean corruptMiddle, boolean truncatedTail)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WarcCompression compression = gzip ? WarcCompression.GZIP : WarcCompression.NONE;
    int[] c = new int[6]; // records, images, redirects, errors, robots, requests
    Instant date = Instant.parse("2024-03-05T08:00:00Z");
    WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression);
    w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).build());
    c[0]++;
    for (int i = 0; i < articles; i++) {
      if (corruptMiddle && i == articles / 3) {
        w.close();
        out.write(
            "THIS IS NOT A WARC RECORD\r\nContent-Length: banana\r\n\r\n"
                .repeat(3)
                .getBytes(StandardCharsets.US_ASCII));
        w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression);
      }
      int[] g = writeGroup(w, i, date.plusSeconds(60L * i));
      for (int k = 0; k < c.length; k++) {
        c[k] += g[k];
      }
    }
    w.close();
    if (truncatedTail) {
      appendTruncated(out, gzip, articles);
    }
    Files.write(file, out.toByteArray());
    return new Contents(file, c[0], articles, c[1], c[2], c[3], c[4], c[5], 1);
  }

  private static void appendTruncated(ByteArrayOutputStream out, boolean gzip, int i)
      throws IOException {
    ByteArrayOutputStream last = new ByteArrayOutputStream();
    try (WarcWriter w =
        new WarcWriter(
            java.nio.channels.Channels.newChannel(last),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      w.write(response("https://news.example/" + i + "/cut.html", 200, "text/html", page(i), null));
    }
    byte[] bytes = last.toByteArray();
    out.write(bytes, 0, bytes.length / 2);
  }

  /**
   * Writes article i and its neighbours; returns records, images, redirects, errors, robots,
   * requests.
   */
  private static int[] writeGroup(WarcWriter w, int i, Instant date) throws IOException {
    List<WarcRecord> group = new ArrayList<>();
    String base = "https://news" + (i % 4) + ".example";
    String url = base + "/world/" + i + "/report.html";
    int[] c = new int[6];
    WarcRequest request =
        new WarcRequest.Builder(URI.create(url))
            .date(date)
            .body(new HttpRequest.Builder("GET", "/world/" + i + "/report.html").build())
            .build();
    group.add(request);
    c[5]++;
    if (i % 2 == 0) {
      group.add(response(url, 200, "text/html; charset=utf-8", page(i), date));
    } else {
      // every other article is a resource record holding the page itself
      group.add(
          new WarcResource.Builder(URI.create(url))
              .date(date)
              .body(MediaType.parse("text/html"), page(i).getBytes(StandardCharsets.UTF_8))
              .build());
    }
    group.add(imageResponse(base + "/img/" + i + ".jpg", date));
    c[1]++;
    if (i % 5 == 0) {
      group.add(imageResponse(base + "/img/" + i + "-thumb.png", date));
      c[1]++;
    }
    if (i % 3 == 0) {
      HttpResponse redirect =
          new HttpResponse.Builder(301, "Moved Permanently")
              .addHeader("Location", url)
              .body(MediaType.HTML, new byte[0])
              .build();
      group.add(
          new WarcResponse.Builder(URI.create(base + "/r/" + i)).date(date).body(redirect).build());
      c[2]++;
    }
    if (i % 4 == 1) {
      int status = i % 8 == 1 ? 404 : 500;
      group.add(
          response(
              base + "/missing/" + i,
              status,
              "text/html",
              "<html><body><h1>Error " + status + "</h1><p>Something went wrong.</p></body></html>",
              date));
      c[3]++;
    }
    if (i % 25 == 0) {
      group.add(
          response(base + "/robots.txt", 200, "text/plain", "User-agent: *\nDisallow:\n", date));
      c[4]++;
    }
    for (WarcRecord r : group) {
      w.write(r);
    }
    c[0] = group.size();
    return c;
  }

  private static WarcResponse imageResponse(String url, Instant date) throws IOException {
    byte[] jpeg = new byte[600];
    jpeg[0] = (byte) 0xff;
    jpeg[1] = (byte) 0xd8;
    for (int k = 2; k < jpeg.length; k++) {
      jpeg[k] = (byte) (k * 31);
    }
    HttpResponse http =
        new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/jpeg"), jpeg).build();
    return new WarcResponse.Builder(URI.create(url)).date(date).body(http).build();
  }

  private static WarcResponse response(
      String url, int status, String type, String body, Instant date) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Error")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).body(http);
    if (date != null) {
      b.date(date);
    }
    return b.build();
  }
}
