package org.sitrep.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dedupe key of feed items, and the feed list an OPML file gives. */
class CanonicalUrlTest {
  @TempDir Path dir;

  @Test
  void linksToOnePageShareOneCanonicalUrl() {
    String plain = CanonicalUrl.of(null, "https://news.example/world/a.html?id=7");
    assertThat(
            CanonicalUrl.of(null, "HTTPS://News.Example:443/world/a.html?id=7&utm_source=rss#top"))
        .isEqualTo(plain);
    assertThat(CanonicalUrl.of(null, "https://news.example/world/a.html?fbclid=x&id=7"))
        .isEqualTo("https://news.example/world/a.html?id=7");
    assertThat(CanonicalUrl.of("https://news.example/feeds/rss.xml", "../world/a.html?id=7"))
        .isEqualTo(plain);
    assertThat(CanonicalUrl.of(null, "http://news.example:8080"))
        .isEqualTo("http://news.example:8080/");
  }

  @Test
  void aLinkThatIsNoWebAddressIsRefusedInOneLine() {
    assertThatThrownBy(() -> CanonicalUrl.of(null, "mailto:desk@news.example"))
        .hasMessage("not an http(s) URL: mailto:desk@news.example");
    assertThatThrownBy(() -> CanonicalUrl.of(null, "http://bad host/"))
        .hasMessageStartingWith("not a URL");
  }

  @Test
  void anOpmlFileGivesItsFeedsInOrder() throws Exception {
    Path opml = dir.resolve("subs.opml");
    Files.writeString(
        opml,
        "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Desk</title></head><body>"
            + "<outline text=\"Wires\"><outline text=\"A\" type=\"rss\" xmlUrl=\"https://a.example/rss\"/>"
            + "<outline text=\"B\" type=\"rss\" xmlUrl=\"https://b.example/atom.xml\"/></outline>"
            + "</body></opml>");
    assertThat(
            FeedList.expand(
                List.of("https://c.example/feed", opml.toString(), "https://a.example/rss")))
        .containsExactly(
            "https://c.example/feed", "https://a.example/rss", "https://b.example/atom.xml");
    assertThatThrownBy(() -> FeedList.expand(List.of("nowhere.opml")))
        .hasMessage("nowhere.opml: neither an http(s) feed URL nor an OPML file");
  }
}
