package org.sitrep.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.sitrep.ingest.TestWarcs;

/**
 * A local HTTP server (the JDK's) playing a news site for the watcher's tests: an RSS feed the test
 * changes between polls (with an ETag, answering 304 when it matches), article pages, robots.txt,
 * and the troubles a watcher meets: a 500, a slow host, a redirect loop, a feed that is an HTML
 * page, an enormous feed. It records every request.
 */
final class FeedServer implements AutoCloseable {
  /** One request seen; {@code nanos}: when it arrived. */
  record Hit(String path, String userAgent, String ifNoneMatch, int status, long nanos) {}

  /** An item of the feed: its link (relative to the server) and the article page it leads to. */
  record Item(String link, int page) {}

  private final HttpServer http;
  final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  volatile List<Item> items = List.of();

  /** Page number whose request waits on {@link #release}; -1: none. */
  volatile int holdPage = -1;

  final CountDownLatch held = new CountDownLatch(1);
  final CountDownLatch release = new CountDownLatch(1);
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  FeedServer() throws IOException {
    http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    http.setExecutor(
        Executors.newFixedThreadPool(4, new org.sitrep.pipeline.NamedThreadFactory("feed-server")));
    http.createContext("/", this::handle);
    http.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + path;
  }

  int count(String path) {
    AtomicInteger n = counts.get(path);
    return n == null ? 0 : n.get();
  }

  private void handle(HttpExchange ex) throws IOException {
    long arrived = System.nanoTime();
    String path = ex.getRequestURI().getPath();
    String query = ex.getRequestURI().getRawQuery();
    counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    String ua = ex.getRequestHeaders().getFirst("User-Agent");
    String inm = ex.getRequestHeaders().getFirst("If-None-Match");
    int status;
    try {
      status = respond(ex, path, query, inm);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 503;
    }
    hits.add(new Hit(path + (query == null ? "" : "?" + query), ua, inm, status, arrived));
    ex.close();
  }

  private int respond(HttpExchange ex, String path, String query, String inm)
      throws IOException, InterruptedException {
    if (path.equals("/robots.txt")) {
      return send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
    }
    if (path.equals("/feed.xml")) {
      String feed = rss(items);
      String etag = "\"" + Integer.toHexString(feed.hashCode()) + "\"";
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(inm)) {
        ex.sendResponseHeaders(304, -1);
        return 304;
      }
      return send(ex, 200, "application/rss+xml; charset=utf-8", feed);
    }
    if (path.startsWith("/news/") || path.startsWith("/private/") || path.startsWith("/copy/")) {
      int page = Integer.parseInt(path.replaceAll("\\D+", ""));
      if (page == holdPage) {
        held.countDown();
        release.await(5, TimeUnit.MINUTES);
      }
      String html =
          TestWarcs.page(page)
              .replace("<head>", "<head><link rel=\"canonical\" href=\"/news/" + page + ".html\">");
      if (path.startsWith("/copy/")) {
        html = TestWarcs.page(page); // the same text under another address, no canonical link
      }
      return send(ex, 200, "text/html; charset=utf-8", html);
    }
    if (path.equals("/broken/feed.xml")) {
      return send(ex, 500, "text/plain", "Internal Server Error");
    }
    if (path.equals("/slow/feed.xml")) {
      Thread.sleep(3000);
      return send(ex, 200, "application/rss+xml", rss(List.of()));
    }
    if (path.startsWith("/loop/")) {
      ex.getResponseHeaders().set("Location", path.endsWith("a") ? "/loop/b" : "/loop/a");
      ex.sendResponseHeaders(302, -1);
      return 302;
    }
    if (path.equals("/html/feed.xml")) {
      return send(
          ex,
          200,
          "text/html",
          "<!DOCTYPE html><html><body><h1>Our news</h1><p>Welcome to the"
              + " front page.</p></body></html>");
    }
    if (path.equals("/huge/feed.xml")) {
      List<Item> many = new ArrayList<>();
      for (int i = 0; i < 30_000; i++) {
        many.add(new Item("/news/" + (100_000 + i) + ".html", 100_000 + i));
      }
      return send(ex, 200, "application/rss+xml", rss(many));
    }
    return send(ex, 404, "text/plain", "not found");
  }

  private static String rss(List<Item> items) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Test wire</title><link>http://127.0.0.1/</link><description>Reports</description>\n");
    for (int i = items.size() - 1; i >= 0; i--) {
      Item it = items.get(i);
      b.append("<item><title>Report ")
          .append(it.page())
          .append("</title><link>")
          .append(it.link().replace("&", "&amp;"))
          .append("</link><pubDate>Tue, 05 Mar 2024 0")
          .append(i % 10)
          .append(":00:00 GMT</pubDate></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  private static int send(HttpExchange ex, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    } catch (IOException e) {
      // the client gave up (a timeout or a refused body): nothing to do
    }
    return status;
  }

  /** Maps pages to their hits, for assertions. */
  <T> List<T> hitsMatching(Function<Hit, T> f) {
    synchronized (hits) {
      return hits.stream().map(f).toList();
    }
  }

  @Override
  public void close() {
    release.countDown();
    http.stop(0);
  }
}
