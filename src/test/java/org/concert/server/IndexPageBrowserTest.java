package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.concert.KnowledgeBases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at / in a real browser: Debian's headless Chromium, driven by chromedriver through Selenium.
 * {@code .ci/run} installs both packages; elsewhere the test is skipped with a message if they are absent.
 */
class IndexPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static ConcertServer server;
    private static ChromeDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        server = ConcertServer.builder(KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE)).port(0)
                .dates(KnowledgeBases::reasoned).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("concert-chromium"));
        downloads = Files.createTempDirectory("concert-downloads");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void theSeedTableButtonShowsTheSeedsTableInTheResults() {
        browser.get(server.baseUri().toString());
        assertEquals("Concert SPARQL endpoint", browser.getTitle());
        assertEquals("2018-01-01", browser.findElement(By.id("as-of")).getText());
        browser.findElement(By.cssSelector("button.run[data-query='seed-table']")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("#results tr")).size() == 8);
        List<WebElement> rows = browser.findElements(By.cssSelector("#results tr"));
        assertEquals("acronym members", rows.get(0).getText());
        assertEquals("OSCE 57", rows.get(1).getText());
        assertEquals("UN 193", rows.get(7).getText());
    }

    @Test
    void theQueryBoxRunsAQueryAndShowsItsRows() {
        browser.get(server.baseUri().toString());
        browser.findElement(By.id("run-query")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("#results tr")).size() == 11);
        List<String> cells = browser.findElements(By.cssSelector("#results td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("AU", "CIS", "CSTO", "ECOWAS", "EU", "LAS", "NATO", "OAS", "OSCE", "SADC"), cells);
        assertTrue(browser.findElement(By.id("status")).getText().isEmpty());
    }

    private static void setDate(String day) {
        // A date input's typed form depends on the browser's locale; its value does not.
        browser.executeScript("document.getElementById('date').value = arguments[0];", day);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(120));
    }

    @Test
    void theDateControlChangesTheAnswerOfANamedQueryWithItsParameter() {
        browser.get(server.baseUri().toString());
        browser.findElement(By.cssSelector("input.param[data-query='members'][data-param='org']")).sendKeys("CSTO");
        setDate("2010-01-01");
        browser.findElement(By.cssSelector("button.run[data-query='members']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#results tr")).size() == 8);
        assertTrue(browser.findElement(By.id("results")).getText().contains("UZB"), "Uzbekistan was a member in 2010");
        setDate("2018-01-01");
        browser.findElement(By.cssSelector("button.run[data-query='members']")).click();
        waiting().until(d -> d.findElements(By.cssSelector("#results tr")).size() == 7);
        assertTrue(!browser.findElement(By.id("results")).getText().contains("UZB"), "and no longer in 2018");
    }

    @Test
    void theDownloadButtonSavesTheResultAsCsv() throws Exception {
        browser.get(server.baseUri().toString());
        setDate("2018-01-01");
        browser.findElement(By.cssSelector("button.run[data-query='seed-table']")).click();
        waiting().until(d -> d.findElement(By.id("download-csv")).isEnabled());
        browser.findElement(By.id("download-csv")).click();
        Path csv = downloads.resolve("concert-result.csv");
        waiting().until(d -> Files.exists(csv));
        waiting().until(d -> {
            try {
                return Files.readAllLines(csv).size() == 8;
            } catch (IOException e) {
                return false;
            }
        });
        List<String> lines = Files.readAllLines(csv);
        assertEquals("acronym,members", lines.get(0));
        assertTrue(lines.contains("OSCE,57") && lines.contains("UN,193"), lines.toString());
    }

    @Test
    void theTimelineChartIsAnSvgWithABarForEachOfNatosThirtyTwoMembers() {
        browser.get(server.baseUri().toString());
        new Select(browser.findElement(By.id("chart-entity"))).selectByValue("NATO");
        new Select(browser.findElement(By.id("chart-kind"))).selectByValue("timeline");
        browser.findElement(By.id("draw-chart")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#chart svg")).isEmpty());
        Object bars = browser.executeScript("return [...document.querySelectorAll('#chart svg g')]"
                + ".filter(g => (g.getAttribute('jfreesvg:ref') || '').includes('\"seriesKey\": \"full member\"')).length;");
        assertEquals(32L, bars);
        assertTrue(browser.findElement(By.id("chart")).getText().contains("Members of NATO"), "the title is text in the SVG");
    }

    @Test
    void anOrganizationPageShowsItsStatusSourcesAndMembersOnTheChosenDate() {
        browser.get(server.baseUri().toString());
        browser.findElement(By.cssSelector("#organizations a[href='concert/org/CSTO']")).click();
        waiting().until(d -> !d.findElements(By.id("name")).isEmpty());
        assertEquals("Collective Security Treaty Organization (CSTO)", browser.findElement(By.id("name")).getText());
        assertEquals("http://www.wikidata.org/entity/Q318693", browser.findElement(By.id("wikidata")).getAttribute("href"));
        assertTrue(browser.findElement(By.id("chapter-viii")).getText().startsWith("recognized"));
        assertTrue(browser.findElement(By.id("functions")).getText().contains("collective defence"));
        assertEquals(7, browser.findElements(By.cssSelector("#members-chosen tr")).size(), "six members on 2018-01-01, and the header");
        setDate("2010-01-01");
        browser.findElement(By.id("show-members")).click();
        waiting().until(d -> d.getCurrentUrl().contains("as-of=2010-01-01"));
        assertEquals(8, browser.findElements(By.cssSelector("#members-chosen tr")).size(), "seven members on 2010-01-01");
    }
}
