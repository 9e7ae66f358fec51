package org.sitrep.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article text, title and date of an HTML page, without its furniture. */
class HtmlExtractorTest {
  private static String page;
  private final HtmlExtractor extractor = new HtmlExtractor();

  @BeforeAll
  static void readPage() throws IOException {
    try (InputStream in =
        HtmlExtractorTest.class.getResourceAsStream("/html/syria-news-page.html")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void articleParagraphsAreKeptOnePerLineInOrder() {
    String text = extractor.extract(page).text();
    String[] expected = {
      "Syrian government aircraft struck a crowded market in the town of Ariha",
      "“The planes came twice, the second time when people were trying to pull the wounded out,”"
          + " said Khaled Hamoud, a volunteer with the group.",
      "The Syrian defence ministry said its forces had targeted “terrorist positions”",
      "Ariha lies close to the M4 highway",
    };
    int at = -1;
    for (String e : expected) {
      int found = text.indexOf(e);
      assertThat(found).as(e).isGreaterThan(at);
      at = found;
    }
    // one paragraph a line
    assertThat(text.lines().filter(l -> l.startsWith("Syrian government aircraft"))).hasSize(1);
    assertThat(text).doesNotContain("<").doesNotContain("dataLayer");
  }

  @Test
  void pageFurnitureIsDropped() {
    String text = extractor.extract(page).text();
    assertThat(text)
        .doesNotContain("Middle East</a>")
        .doesNotContain("Opinion") // navigation
        .doesNotContain("Book cheap flights") // advertisement
        .doesNotContain("Rescuers search the rubble") // figure caption
        .doesNotContain("Who controls Idlib?") // related links
        .doesNotContain("Turkey shells Kurdish positions") // list of links
        .doesNotContain("Sign up for our Middle East briefing") // newsletter box
        .doesNotContain("Follow our live coverage") // link-only promo paragraph
        .doesNotContain("ten tips for travelling") // recommendation widget
        .doesNotContain("All rights reserved") // footer
        .doesNotContain("By Example Wire staff"); // byline
  }

  @Test
  void titleComesFromOgTitle() {
    assertThat(extractor.extract(page).title())
        .isEqualTo("Air strike on Idlib market kills nine, rescuers say");
  }

  @Test
  void titleFallsBackToH1ThenToTitleElement() {
    assertThat(
            extractor
                .extract(
                    "<html><head><title>Site | Raid in Mopti</title></head><body><h1>Raid in"
                        + " Mopti</h1><p>Soldiers raided a village near Mopti.</p></body></html>")
                .title())
        .isEqualTo("Raid in Mopti");
    assertThat(
            extractor
                .extract(
                    "<html><head><title>Raid in Mopti</title></head><body>"
                        + "<p>Soldiers raided a village near Mopti.</p></body></html>")
                .title())
        .isEqualTo("Raid in Mopti");
    assertThat(extractor.extract("<p>Soldiers raided a village near Mopti.</p>").title()).isNull();
  }

  @Test
  void publishedComesFromArticlePublishedTimeAlone() {
    String html =
        "<html><head><meta property=\"article:published_time\" content=\"2024-01-17T22:10:00Z\">"
            + "</head><body><p>Strikes hit Khan Younis overnight.</p></body></html>";
    assertThat(extractor.extract(html).published()).isEqualTo(LocalDate.of(2024, 1, 17));
  }

  @Test
  void publishedComesFromJsonLdDatePublishedAlone() {
    String html =
        "<html><head><script type=\"application/ld+json\">"
            + "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":\"NewsArticle\",\"headline\":\"Clashes in Sittwe\","
            + "\"datePublished\":\"2024-02-08T06:00:00+06:30\",\"dateModified\":\"2024-02-09\"}]}"
            + "</script></head><body><p>Clashes spread to the edge of Sittwe.</p></body></html>";
    assertThat(extractor.extract(html).published()).isEqualTo(LocalDate.of(2024, 2, 8));
  }

  @Test
  void malformedJsonLdIsIgnoredAndTheTimeElementUsed() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2024-02-08\","
            + "</script></head><body><time datetime=\"2024-02-10\">10 Feb</time>"
            + "<p>Clashes spread to the edge of Sittwe.</p></body></html>";
    assertThat(extractor.extract(html).published()).isEqualTo(LocalDate.of(2024, 2, 10));
  }

  @Test
  void publishedComesFromTimeDatetimeAlone() {
    String html =
        "<html><body><article><time datetime=\"2023-04-30T08:00:00+02:00\">30 April 2023</time>"
            + "<p>Gunfire echoed across Khartoum on the 16th day of the war.</p>"
            + "</article></body></html>";
    assertThat(extractor.extract(html).published()).isEqualTo(LocalDate.of(2023, 4, 30));
  }

  @Test
  void pageWithoutAnyDateHasNone() {
    assertThat(extractor.extract("<p>Gunfire echoed across Khartoum.</p>").published()).isNull();
  }

  @Test
  void publishedTimeMetaWinsOverTheTimeElement() {
    // the page's own published_time (6 Oct) is preferred over a <time> in the body
    assertThat(extractor.extract(page).published()).isEqualTo(LocalDate.of(2023, 10, 6));
  }

  @Test
  void truncatedHtmlStillYieldsTheTextBeforeTheCut() {
    int cut = page.indexOf("The Syrian defence ministry") + "The Syrian defence".length();
    String truncated = page.substring(0, cut);
    HtmlExtractor.HtmlArticle a = extractor.extract(truncated);
    assertThat(a.text())
        .contains("Syrian government aircraft struck a crowded market")
        .contains("said Khaled Hamoud");
    assertThat(a.title()).isEqualTo("Air strike on Idlib market kills nine, rescuers say");
    assertThat(a.published()).isEqualTo(LocalDate.of(2023, 10, 6));
  }

  @Test
  void pageWithoutArticleElementUsesTheBlockWithMostParagraphText() {
    String html =
        "<html><body><div class=\"top\"><p>Live: latest</p></div>"
            + "<div class=\"story\"><p>Jihadist fighters attacked an army post near Djibo on"
            + " Saturday, killing at least 30 soldiers, two security sources said.</p>"
            + "<p>The attackers came on motorbikes from three sides, a resident said.</p></div>"
            + "</body></html>";
    String text = extractor.extract(html).text();
    assertThat(text).startsWith("Jihadist fighters attacked").contains("\nThe attackers came");
    assertThat(text).doesNotContain("Live: latest");
  }

  @Test
  void wrapperWhoseClassMerelyMentionsFurnitureKeepsItsArticle() {
    String para =
        "<p>Junta jets bombed a village near Lashio on Tuesday, killing 11 people, residents"
            + " said.</p>";
    for (String html :
        new String[] {
          "<html><body><main class=\"layout has-sidebar\"><article>"
              + para
              + "</article></main></body></html>",
          "<html><body><div class=\"page no-ads\"><article>"
              + para
              + "</article></div></body></html>",
          "<html><body><article class=\"story\"><div class=\"story-body with-comments\">"
              + para
              + "</div></article></body></html>",
        }) {
      assertThat(extractor.extract(html).text()).as(html).startsWith("Junta jets bombed");
    }
  }
}
