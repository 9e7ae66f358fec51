package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitrep.ingest.ArticleReader;
import org.sitrep.ingest.InputItem;
import org.sitrep.output.Json;
import org.sitrep.store.Ingester;

/**
 * The web app in Debian's headless Chromium (driven by Selenium, no browser download): map → event
 * → evidence, and hostile article text that must never run. The store holds real articles
 * (examples/, testdata/articles and ../shared/eval/seed, read at test time) analysed by the real
 * pipeline; the hostile one is POSTed.
 */
class BrowserIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String XSS_TEXT =
      "<script>window.__xss = 'script'</script><img src=x onerror=\"window.__xss='img'\">"
          + " Shelling hit Kharkiv at dawn <svg onload=\"window.__xss='svg'\"></svg>.\n\n"
          + "<a href=\"javascript:window.__xss='link'\">Read more</a> and"
          + " <iframe src=\"javascript:parent.__xss='iframe'\"></iframe> officials said"
          + " \"<b onmouseover=alert(1)>stay safe</b>\", a local official said.";

  @TempDir static Path dir;
  static TestServer t;
  static WebDriver driver;
  static String xssEvent;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    t = new TestServer(dir, 0);
    // real articles through the real pipeline: the project's examples and its annotated test set
    Path root = projectRoot();
    List<InputItem> items =
        new ArticleReader()
            .readAll(
                List.of(
                    root.resolve("examples").toString(),
                    root.resolve("testdata/articles/docs.jsonl").toString(),
                    root.resolve("../shared/eval/seed/docs.jsonl").normalize().toString()),
                System.in);
    try (Ingester in = Application.ingester(t.store, SharedPipeline.get(), 2)) {
      Ingester.Tally tally = in.run(items, (done, total, x) -> {});
      assertThat(tally.failures()).isEmpty();
      assertThat(tally.stored()).isGreaterThanOrEqualTo(20);
    }
    // the hostile article goes in the way a user's would: POST /api/articles, the real pipeline
    String body =
        Json.mapper()
            .writeValueAsString(
                java.util.Map.of(
                    "text", XSS_TEXT,
                    "title", "<img src=x onerror=\"window.__xss='title'\">Hostile",
                    "published", "2022-03-05",
                    "source", "javascript:alert(1)"));
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(t.base + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + TestServer.TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode stored = Json.mapper().readTree(r.body());
    xssEvent = stored.get("events").get(0).asText();

    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1600,950",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  /** The checkout: the nearest folder up from the working directory that holds examples/. */
  static Path projectRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null
        && !(Files.isDirectory(p.resolve("examples"))
            && Files.isDirectory(p.resolve("testdata")))) {
      p = p.getParent();
    }
    assertThat(p).as("project root with examples/ and testdata/").isNotNull();
    return p;
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (t != null) {
      t.close();
    }
  }

  static WebDriverWait waitFor() {
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // an element the page redrew between finding and reading it is polled again, not an error
    wait.ignoring(StaleElementReferenceException.class);
    return wait;
  }

  static void load(String path) {
    driver.get("about:blank");
    driver.get(t.base + path);
    waitFor()
        .until(d -> "1".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
  }

  /** The map shows incidents by default; these tests are about events. */
  static void showEventsOnTheMap() {
    waitFor().until(ExpectedConditions.elementToBeClickable(By.id("map-events"))).click();
  }

  @Test
  void clicksFromTheMapToAnEventToItsEvidenceSentence() throws Exception {
    load("/");
    showEventsOnTheMap();
    waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("path.ev-marker")));
    // the map opens zoomed to the events: most markers are in view; click one nothing covers
    WebElement marker =
        (WebElement)
            ((JavascriptExecutor) driver)
                .executeScript(
                    "const ms = [...document.querySelectorAll('path.ev-marker')].filter(m => {"
                        + " const r = m.getBoundingClientRect();"
                        + " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === m; });"
                        + " return ms.length ? ms[ms.length - 1] : null;");
    assertThat(marker).as("a marker in view").isNotNull();
    String id = marker.getDomAttribute("data-event");
    marker.click();
    WebElement detail =
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
    waitFor().until(d -> id.equals(detail.getDomAttribute("data-event")));
    List<WebElement> evidence = driver.findElements(By.cssSelector("#d-evidence li"));
    assertThat(evidence).isNotEmpty();
    evidence.get(0).click();
    WebElement mark = driver.findElement(By.cssSelector("#d-article mark.evidence-mark"));
    assertThat(mark.getText().strip()).isEqualTo(evidence.get(0).getText().strip());
    // the words that signalled the event are bold in the sentence, and the rule is in provenance
    WebElement trigger = evidence.get(0).findElement(By.cssSelector("b.trigger"));
    assertThat(trigger.getText()).isNotBlank();
    assertThat(evidence.get(0).getText()).contains(trigger.getText());
    assertThat(mark.findElement(By.cssSelector("b.trigger")).getText())
        .isEqualTo(trigger.getText());
    assertThat(driver.findElement(By.id("d-prov")).getDomProperty("textContent"))
        .contains("trigger:");
    assertThat(driver.findElement(By.id("d-counts")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("d-actors")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("d-status")).getText()).isNotBlank();
    assertThat(driver.findElement(By.id("d-conf")).getText()).endsWith("%");
    assertThat(driver.findElement(By.id("d-sources")).getText()).isNotBlank();
    screenshot("event.png");

    // the list, the filters and the quotes panel work from the same page
    driver.findElement(By.id("close-detail")).click();
    load("/");
    showEventsOnTheMap();
    waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("path.ev-marker")));
    Thread.sleep(300);
    screenshot("overview.png");
    driver.findElement(By.cssSelector("#f-family .chip")).click();
    waitFor().until(d -> d.findElement(By.cssSelector("#f-family .chip.on")) != null);
    driver.findElement(By.id("tab-quotes")).click();
    waitFor()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quotes .quote")));
    driver.findElement(By.cssSelector("#speakers li[data-speaker]")).click();
    waitFor()
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#speakers li.on[data-speaker]")));
    assertThat(driver.findElement(By.cssSelector("#quotes .quote .who")).getText())
        .contains(
            driver
                .findElement(By.cssSelector("#speakers li.on[data-speaker]"))
                .getDomAttribute("data-speaker"));
    screenshot("quotes.png");
  }

  @Test
  void hostileArticleTextIsShownAsTextAndNeverRuns() throws Exception {
    load("/#event=" + xssEvent);
    WebElement article =
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("d-article")));
    waitFor().until(d -> article.getText().contains("Shelling hit Kharkiv"));
    // the payloads are visible as the characters they are
    assertThat(article.getText()).contains("<script>window.__xss = 'script'</script>");
    assertThat(article.getText()).contains("onerror=");
    assertThat(article.getText()).contains("javascript:");
    // the evidence sentence (CoreNLP ends the first one at "window.") carries payloads too
    assertThat(driver.findElement(By.id("d-evidence")).getText())
        .contains("<img src=x onerror=", "<svg onload=");
    assertThat(driver.findElement(By.id("d-article-title")).getDomProperty("textContent"))
        .contains("<img src=x");
    // no element came out of the text: only our own <mark>s and bold trigger words
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Object foreign =
        js.executeScript(
            "const ours = (e) => e.tagName === 'B' && e.className === 'trigger' && e.children.length === 0;"
                + " return [...document.querySelectorAll('#d-article *')].filter(e => e.tagName !== 'MARK' && !ours(e)).length"
                + " + [...document.querySelectorAll('#d-evidence *')].filter(e => e.tagName !== 'LI' && !ours(e)).length"
                + " + document.querySelectorAll('#d-title *, #d-article-title *, #d-meta *').length"
                + " + document.querySelectorAll('script:not([src]), iframe, body img, body svg:not(.timeline):not(.leaflet-zoom-animated)').length;");
    assertThat(((Number) foreign).intValue()).isZero();
    // the list and the quotes panel render it too
    driver.findElement(By.id("close-detail")).click();
    driver.findElement(By.id("q")).sendKeys("onerror=\"window");
    waitFor().until(d -> d.findElements(By.cssSelector("#events .ev")).size() == 1);
    assertThat(driver.findElement(By.cssSelector("#events .ev .snip")).getText())
        .contains("<img src=x onerror=");
    driver.findElement(By.cssSelector("#events .ev")).click();
    waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
    Thread.sleep(500);
    screenshot("xss.png");
    driver.findElement(By.id("close-detail")).click();
    driver.findElement(By.id("tab-quotes")).click();
    waitFor()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quotes .quote")));
    // nothing ran: no flag, no alert
    assertThat(
            js.executeScript(
                "return window.__xss === undefined && window.parent.__xss === undefined;"))
        .isEqualTo(true);
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // good
    }
  }

  static JsonNode getJson(String path) throws Exception {
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(t.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return Json.mapper().readTree(r.body());
  }

  @Test
  void theHeaderSumsTheListedEventsConservativeTollsAndListsThemOnAClick() throws Exception {
    load("/");
    WebElement killed = driver.findElement(By.id("kpi-killed"));
    long shown = Long.parseLong(killed.getDomAttribute("data-killed"));
    // the events the default view lists (historical ones left out), each counted by its own
    // largest stated lower bound of killed, summed once
    JsonNode page = getJson("/api/events?limit=1000");
    assertThat(page.get("total").asLong()).isLessThanOrEqualTo(1000);
    long sum = 0;
    long withFigure = 0;
    for (JsonNode ev : page.get("items")) {
      assertThat(ev.get("status").asText()).isNotEqualTo("historical");
      JsonNode detail = getJson("/api/events/" + ev.get("id").asText());
      long toll = 0;
      for (JsonNode c : detail.get("counts")) {
        if (c.get("kind").asText().equals("killed")) {
          long v = c.get("value").isNull() ? c.get("min").asLong() : c.get("value").asLong();
          toll = Math.max(toll, v);
        }
      }
      assertThat(ev.path("fatalities").asLong(0)).as(ev.get("id").asText()).isEqualTo(toll);
      sum += toll;
      withFigure += toll > 0 ? 1 : 0;
    }
    assertThat(sum).isPositive();
    assertThat(shown).isEqualTo(sum);
    assertThat(killed.getDomAttribute("title")).contains("conservative");
    // a click lists the events behind the figure, and only those
    killed.click();
    long behind = withFigure;
    waitFor().until(d -> d.findElement(By.id("ev-count")).getText().startsWith(behind + " event"));
    assertThat(driver.findElements(By.cssSelector("#events .ev .badge.dead")))
        .hasSize((int) Math.min(50, behind));
  }

  @Test
  void theDefaultTimelineStartsAtMostAYearBeforeTheOldestArticle() throws Exception {
    load("/");
    java.time.LocalDate oldest = null;
    JsonNode articles = getJson("/api/articles?limit=1000");
    for (JsonNode a : articles.get("items")) {
      if (!a.get("published").isNull()) {
        java.time.LocalDate d = java.time.LocalDate.parse(a.get("published").asText());
        oldest = oldest == null || d.isBefore(oldest) ? d : oldest;
      }
    }
    assertThat(oldest).isNotNull();
    String start = driver.findElement(By.id("timeline")).getDomAttribute("data-start");
    assertThat(java.time.LocalDate.parse(start)).isAfterOrEqualTo(oldest.minusYears(1));
  }

  @Test
  void attackPlusUkraineListsTheMariupolAndVolnovakhaAttacksAndChipsStayVisible() throws Exception {
    load("/");
    int families = driver.findElements(By.cssSelector("#f-family .chip")).size();
    driver.findElement(By.cssSelector("#f-family .chip[data-value='ATTACK']")).click();
    waitFor().until(d -> d.findElements(By.cssSelector("#f-family .chip.on")).size() == 1);
    // the other families stay on offer: a second is one click away
    assertThat(driver.findElements(By.cssSelector("#f-family .chip"))).hasSize(families);
    driver.findElement(By.id("f-place")).sendKeys("Ukraine");
    waitFor()
        .until(
            d -> {
              String list = d.findElement(By.id("events")).getText();
              return list.contains("Mariupol") && list.contains("Volnovakha");
            });
    for (WebElement ev : driver.findElements(By.cssSelector("#events .ev .t"))) {
      assertThat(ev.getText()).startsWith("Attack");
    }
    // the API refuses what it does not know rather than ignore it
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(t.base + "/api/events?contry=UA")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("unknown query parameter: contry");
    assertThat(getJson("/api/events?family=ATTACK&country=Ukraine").get("total").asLong())
        .isEqualTo(getJson("/api/events?family=ATTACK&country=UA").get("total").asLong())
        .isPositive();
  }

  @Test
  void theMapShowsACityLabelWhenZoomedToMariupol() throws Exception {
    load("/");
    driver.findElement(By.id("tab-places")).click();
    WebElement mariupol =
        waitFor()
            .until(
                d ->
                    d.findElements(By.cssSelector("#places li")).stream()
                        .filter(li -> li.getText().startsWith("Mariupol"))
                        .findFirst()
                        .orElse(null));
    // the gazetteer has the label, offline
    JsonNode near = getJson("/api/labels?bbox=37.2,46.9,37.9,47.3&zoom=9");
    assertThat(near.findValuesAsText("name")).contains("Mariupol");
    mariupol.click(); // zooms the map to the place
    waitFor()
        .until(
            d ->
                d.findElements(By.cssSelector(".map-label span")).stream()
                    .anyMatch(l -> l.getText().equals("Mariupol")));
    // a place is listed once, however many articles mention it or under whatever division
    List<Long> ids = new java.util.ArrayList<>();
    for (JsonNode p : getJson("/api/places?limit=2000")) {
      if (!p.get("geonames_id").isNull()) {
        ids.add(p.get("geonames_id").asLong());
      }
    }
    assertThat(ids).isNotEmpty().doesNotHaveDuplicates();
  }

  static void screenshot(String name) throws Exception {
    Path out = Path.of(System.getProperty("sitrep.screenshots", "target/screenshots"));
    Files.createDirectories(out);
    Files.write(out.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
