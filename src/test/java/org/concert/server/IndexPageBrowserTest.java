package org.concert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.concert.KnowledgeBases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (.ci/run installs them)");
        server = ConcertServer.builder(KnowledgeBases.reasoned(KnowledgeBases.SEED_DATE)).port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("concert-chromium"));
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
}
