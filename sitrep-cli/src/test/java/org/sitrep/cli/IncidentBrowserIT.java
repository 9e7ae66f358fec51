package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
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
import org.sitrep.store.Ingester;

/**
 * The incident view in Debian's headless Chromium: the articles of {@code testdata/incidents},
 * analysed and linked by the real pipeline, served by a real server; the incident three outlets
 * report shows their three tolls side by side, marked contested.
 */
class IncidentBrowserIT {
  @TempDir static Path dir;
  static TestServer t;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(BrowserIT.CHROMIUM) && Files.isExecutable(BrowserIT.DRIVER),
        "Debian chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)");
    t = new TestServer(dir, 0);
    Path set = BrowserIT.projectRoot().resolve("testdata/incidents/docs.jsonl");
    List<InputItem> items = new ArticleReader().readAll(List.of(set.toString()), System.in);
    try (Ingester in = Application.ingester(t.store, SharedPipeline.get(), 1)) {
      assertThat(in.run(items, (d, n, x) -> {}).failures()).isEmpty();
    }
    ChromeOptions o = new ChromeOptions();
    o.setBinary(BrowserIT.CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1600,950",
        "--user-data-dir=" + Files.createTempDirectory(dir, "chromium"));
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserIT.DRIVER.toFile())
                .usingAnyFreePort()
                .build(),
            o);
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
    return new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @Test
  void anIncidentOfThreeReportsShowsTheirTollsSideBySideMarkedContested() throws Exception {
    driver.get(t.base + "/");
    waitFor()
        .until(d -> "1".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    // the map shows incidents by default
    waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("path.inc-marker")));
    assertThat(driver.findElements(By.cssSelector("path.ev-marker"))).isEmpty();
    // the incident three outlets report: its id from the store, its row in the incidents tab
    String kramatorsk = IncidentsIT.idOf(t.store, "inc-01");
    driver.findElement(By.id("tab-incidents")).click();
    waitFor()
        .until(
            d ->
                d.findElement(By.id("pane-incidents")).getDomAttribute("class").contains("active"));
    WebElement row =
        waitFor()
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#incidents li.inc[data-incident='" + kramatorsk + "']")));
    assertThat(row.getText()).contains("3 reports").containsIgnoringCase("contested");
    String id = row.getDomAttribute("data-incident");
    row.click();
    WebElement view = driver.findElement(By.id("incident"));
    waitFor().until(d -> id.equals(view.getDomAttribute("data-incident")));
    waitFor().until(ExpectedConditions.visibilityOf(view));
    assertThat(view.findElement(By.id("i-meta")).getText()).startsWith("3 reports · 3 outlets");
    List<WebElement> reports = view.findElements(By.cssSelector(".inc-report"));
    assertThat(reports).hasSize(3);
    List<String> tolls = new ArrayList<>();
    for (WebElement r : reports) {
      WebElement toll = r.findElement(By.cssSelector(".toll"));
      assertThat(toll.getDomAttribute("class")).contains("contested");
      tolls.add(r.findElement(By.cssSelector(".toll-value")).getText());
      assertThat(r.findElement(By.cssSelector(".outlet")).getText()).isNotBlank();
      assertThat(r.findElements(By.cssSelector("mark.figure")))
          .as("the figure highlighted")
          .isNotEmpty();
    }
    assertThat(tolls).containsExactlyInAnyOrder("12", "15", "18");
    // side by side: one row of three columns
    int top = reports.get(0).getRect().getY();
    for (WebElement r : reports) {
      assertThat(r.getRect().getY()).isEqualTo(top);
    }
    assertThat(view.findElement(By.id("i-contested")).getText()).containsIgnoringCase("contested");
    assertThat(view.findElement(By.cssSelector("#i-figures .fact.contested")).getText())
        .contains("12–18");
    assertThat(view.findElements(By.cssSelector("#i-claims tr"))).hasSizeGreaterThanOrEqualTo(3);
    Path out = Path.of(System.getProperty("sitrep.screenshots", "target/screenshots"));
    Files.createDirectories(out);
    Files.write(
        out.resolve("incident.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }
}
