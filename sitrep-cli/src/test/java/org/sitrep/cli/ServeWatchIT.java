package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep serve --watch}: one process (the real CLI in a child JVM) watches a feed of the
 * test's local HTTP server and serves the store it writes; an item added to the feed shows up in
 * the API without a restart.
 */
class ServeWatchIT {
  static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");

  @TempDir Path dir;

  @Test
  void theServerIngestsWhatItsWatcherFindsAndServesIt() throws Exception {
    try (FeedServer feeds = new FeedServer()) {
      feeds.items =
          List.of(
              new FeedServer.Item("/news/21.html", 21), new FeedServer.Item("/news/22.html", 22));
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx3g",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName(),
                  "serve",
                  "--db",
                  dir.resolve("s.duckdb").toString(),
                  "--create",
                  "--port",
                  "0",
                  "--watch",
                  feeds.url("/feed.xml"),
                  "--every",
                  "1s",
                  "--delay",
                  "0ms")
              .redirectErrorStream(true)
              .start();
      try {
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder out = new StringBuilder();
        Thread reader =
            new Thread(
                () -> {
                  try (BufferedReader r =
                      new BufferedReader(
                          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                      synchronized (out) {
                        out.append(line).append('\n');
                      }
                      Matcher m = SERVING.matcher(line);
                      if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                      }
                    }
                  } catch (java.io.IOException e) {
                    // the child ended
                  }
                },
                "serve-watch-reader");
        reader.setDaemon(true);
        reader.start();
        String base = "http://127.0.0.1:" + port.get(5, TimeUnit.MINUTES);
        assertThat(articlesWithin(base, 2, 300)).as("%s", out).isEqualTo(2);

        feeds.items =
            List.of(
                new FeedServer.Item("/news/21.html", 21),
                new FeedServer.Item("/news/22.html", 22),
                new FeedServer.Item("/news/23.html", 23));
        assertThat(articlesWithin(base, 3, 120)).as("%s", out).isEqualTo(3);
        List<String> sources = new java.util.ArrayList<>();
        get(base + "/api/articles?limit=50")
            .path("items")
            .forEach(a -> sources.add(a.path("source").asText()));
        assertThat(sources)
            .containsExactlyInAnyOrder(
                feeds.url("/news/21.html"), feeds.url("/news/22.html"), feeds.url("/news/23.html"));
        assertThat(feeds.count("/news/21.html")).isEqualTo(1);
      } finally {
        child.destroy();
        child.waitFor(30, TimeUnit.SECONDS);
        child.destroyForcibly();
      }
    }
  }

  /** Polls /api/stats until the store holds {@code n} articles or the time is up. */
  private static long articlesWithin(String base, long n, int seconds) throws Exception {
    long articles = -1;
    for (int i = 0; i < seconds && articles < n; i++) {
      articles = get(base + "/api/stats").path("rows").path("articles").asLong(-1);
      if (articles < n) {
        Thread.sleep(1000);
      }
    }
    return articles;
  }

  private static JsonNode get(String url) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    return new ObjectMapper().readTree(r.body());
  }
}
