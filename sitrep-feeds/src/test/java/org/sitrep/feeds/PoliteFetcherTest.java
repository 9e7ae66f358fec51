package org.sitrep.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a local HTTP server: robots.txt that bars a path is final, robots.txt that
 * answers 503 is "try again later", a redirect chain is followed and a loop refused, and a
 * conditional GET that matches is a 304.
 */
class PoliteFetcherTest {
  HttpServer server;
  final AtomicInteger robotsStatus = new AtomicInteger(200);

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        ex -> {
          String path = ex.getRequestURI().getPath();
          int status = 200;
          String body = "<html><body><p>A page.</p></body></html>";
          if (path.equals("/robots.txt")) {
            status = robotsStatus.get();
            body = "User-agent: sitrep\nDisallow: /barred/\n\nUser-agent: *\nDisallow: /\n";
          } else if (path.startsWith("/hop/")) {
            int n = Integer.parseInt(path.substring(5));
            status = 302;
            ex.getResponseHeaders().set("Location", n < 3 ? "/hop/" + (n + 1) : "/page");
          } else if (path.startsWith("/loop")) {
            status = 301;
            ex.getResponseHeaders().set("Location", path.equals("/loop1") ? "/loop2" : "/loop1");
          } else if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            status = 304;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
          if (status == 304 || status / 100 == 3) {
            ex.sendResponseHeaders(status, -1);
          } else {
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
          }
          ex.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static PoliteFetcher fetcher() {
    return new PoliteFetcher(
        new WatchSettings(
            "sitrep/test", Duration.ZERO, Duration.ofSeconds(5), 1 << 20, 1 << 20, 3));
  }

  @Test
  void keepsToRobotsTxtAndTriesAgainWhenItCannotBeRead() throws Exception {
    PoliteFetcher f = fetcher();
    assertThat(f.get(url("/page"), 1 << 20, null, null).status()).isEqualTo(200);
    FetchException barred =
        catchThrowableOfType(
            FetchException.class, () -> f.get(url("/barred/x"), 1 << 20, null, null));
    assertThat(barred.retry()).isFalse();
    assertThat(barred.getMessage()).contains("disallows /barred/x");

    robotsStatus.set(503);
    FetchException later =
        catchThrowableOfType(
            FetchException.class, () -> fetcher().get(url("/page"), 1 << 20, null, null));
    assertThat(later.retry()).isTrue();
    assertThat(later.getMessage()).contains("could not be read");
  }

  @Test
  void followsRedirectsRefusesLoopsAndAnswersConditionalGets() throws Exception {
    PoliteFetcher f = fetcher();
    PoliteFetcher.Page page = f.get(url("/hop/1"), 1 << 20, null, null);
    assertThat(page.url()).isEqualTo(url("/page"));
    assertThat(page.etag()).isEqualTo("\"v1\"");
    assertThat(f.get(url("/page"), 1 << 20, page.etag(), null).notModified()).isTrue();
    FetchException loop =
        catchThrowableOfType(FetchException.class, () -> f.get(url("/loop1"), 1 << 20, null, null));
    assertThat(loop.getMessage()).startsWith("redirect loop");
  }
}
