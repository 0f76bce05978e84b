package dev.jobpostlint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.jobpostlint.testing.Fixtures;

/**
 * The page in a real browser: starts {@code serve} from the built jar on a free port, drives headless
 * Chromium through Debian's chromedriver (paths set explicitly so nothing is downloaded), uploads a DOCX,
 * checks the highlight, the suggestion, the copy button and the language switch, and saves screenshots
 * under {@code target/}.
 */
class ServePageIT {

    private static final Pattern ADDRESS = Pattern.compile("(http://\\S+/)");
    private static final Path JAR = Path.of("target", "jobpost-lint.jar");

    @TempDir
    static Path work;

    private static Process server;
    private static URI uri;
    private static Path serverTmp;
    private static ChromeDriver browser;
    private static long startMillis;

    @BeforeAll
    static void start() throws Exception {
        assertThat(JAR).as("run after package: %s", JAR).exists();
        serverTmp = Files.createDirectories(work.resolve("server-tmp"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        long started = System.nanoTime();
        server = new ProcessBuilder(java, "-XX:-UsePerfData", "-Djava.io.tmpdir=" + serverTmp, "-jar", JAR.toString(),
                "serve", "--port", "0")
                .redirectError(work.resolve("server.err").toFile())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(180, TimeUnit.SECONDS);
        startMillis = (System.nanoTime() - started) / 1_000_000;
        Matcher m = ADDRESS.matcher(String.valueOf(line));
        assertThat(m.find()).as("serve printed its address: %s", line).isTrue();
        uri = URI.create(m.group(1));
        assertThat(uri.getHost()).isEqualTo("127.0.0.1");
        browser = chromium(work.resolve("chromium-profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            return null;
        }
    }

    private static ChromeDriver chromium(Path profile) {
        String binary = System.getProperty("chromium.binary", firstExisting("/usr/bin/chromium", "/usr/bin/google-chrome"));
        String driver = System.getProperty("chromium.driver", firstExisting("/usr/bin/chromedriver",
                System.getenv().getOrDefault("CHROMEWEBDRIVER", "/nonexistent") + "/chromedriver"));
        assertThat(Path.of(binary)).as("Chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(Path.of(driver)).as("chromedriver (apt-get install chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions()
                .setBinary(binary)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,1900", "--lang=de-DE");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "de-DE,de"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Debian's paths first; then those of GitHub's Ubuntu runners, which ship Chrome and a matching driver. */
    private static String firstExisting(String... paths) {
        return Stream.of(paths).filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(paths[0]);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** A fresh page in the browser's language: forgets a language chosen by an earlier test. */
    private static void openPage() {
        browser.get(uri.toString());
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
    }

    /** Waits for the first highlight; on a timeout says what the page showed instead. */
    private static WebElement awaitHighlight() throws IOException {
        try {
            return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("a.hl mark")));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("serve-page-failure.png");
            throw new AssertionError("no highlight; status: '" + browser.findElement(By.id("status")).getText()
                    + "', result: '" + browser.findElement(By.id("result")).getText() + "'", e);
        }
    }

    @Test
    void uploadsADocxAndShowsTheHighlightedPassageWithSuggestionsInBothLanguages() throws Exception {
        Path docx = Fixtures.writeDocx(work.resolve("social-media-manager.docx"), List.of(
                "# Social Media Manager (m/w/d)",
                "Wir sind ein Modehaus in Berlin mit drei Läden und einem Onlineshop.",
                "# Dein Profil",
                "- Du hast mindestens 10.000 Follower auf deinem eigenen Instagram-Account.",
                "- Du hast Erfahrung mit Redaktionsplänen und Kampagnen."));
        openPage();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Stellenanzeige prüfen, bevor sie online geht");
        assertThat(browser.findElement(By.cssSelector(".privacy")).getText()).contains("Nichts verlässt das Gerät");

        Path image = Files.write(work.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n'});
        browser.findElement(By.id("file")).sendKeys(image.toAbsolutePath().toString());
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Dateityp"));
        assertThat(browser.findElement(By.id("status")).getText()).contains("wird nicht unterstützt");

        long sent = System.nanoTime();
        browser.findElement(By.id("file")).sendKeys(docx.toAbsolutePath().toString());
        WebElement mark = awaitHighlight();
        long shownMillis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(mark.getText()).contains("10.000 Follower");
        WebElement card = browser.findElement(By.id("f1"));
        assertThat(card.findElement(By.cssSelector(".why strong")).getText()).isEqualTo("Warum?");
        assertThat(card.findElement(By.cssSelector(".suggestion")).getText()).contains("Instagram-Kanälen");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Geprüft: 1 Fund.");
        browser.executeScript("document.activeElement.blur()");
        screenshot("serve-page-de.png");

        browser.executeCdpCommand("Browser.grantPermissions", Map.of("origin", uri.toString().replaceAll("/$", ""),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement copy = card.findElement(By.cssSelector("button.copy"));
        copy.click();
        waiting().until(ExpectedConditions.textToBePresentInElement(copy, "Kopiert"));
        Object clipboard = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('error: ' + e));");
        assertThat(String.valueOf(clipboard)).startsWith("Nachweisbare Erfahrung im Aufbau von Instagram-Kanälen");

        browser.findElement(By.cssSelector(".lang-switch button[data-lang=en]")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check a job posting before it goes live");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        WebElement english = browser.findElement(By.id("f1"));
        assertThat(english.findElement(By.cssSelector(".why strong")).getText()).isEqualTo("Why?");
        assertThat(english.findElement(By.cssSelector("button.copy")).getText()).isEqualTo("Copy");
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Checked: 1 finding.");
        assertThat(browser.findElement(By.cssSelector("a.hl mark")).getText()).contains("10.000 Follower");
        browser.executeScript("document.activeElement.blur()");
        screenshot("serve-page-en.png");

        // The highlight is a link to its explanation: Enter moves the focus there.
        browser.findElement(By.cssSelector("a.hl")).sendKeys(Keys.ENTER);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f1");

        Path pdf = Fixtures.writePdf(work.resolve("post.pdf"), List.of(List.of("# About you",
                "At least 10k followers on your personal TikTok account.")));
        Http.Answer pdfAnswer = new Http(uri).postFile("file", "post.pdf", "application/pdf", Files.readAllBytes(pdf));
        assertThat(pdfAnswer.status()).isEqualTo(200);
        assertThat(pdfAnswer.json().get("files").get(0).get("findings")).hasSize(1);
        try (Stream<Path> files = Files.walk(serverTmp)) {
            assertThat(files.filter(p -> !p.equals(serverTmp))).as("nothing written to the temp folder").isEmpty();
        }
        System.out.printf("serve: ready after %d ms; DOCX dropped to highlight shown in %d ms%n", startMillis, shownMillis);
    }

    @Test
    void checksPastedEnglishText() throws IOException {
        openPage();
        browser.findElement(By.cssSelector(".lang-switch button[data-lang=en]")).click();
        browser.findElement(By.id("text")).sendKeys("About you\nAt least 10k followers on your personal TikTok account\n");
        browser.findElement(By.id("check-text")).click();
        WebElement mark = awaitHighlight();
        assertThat(mark.getText()).containsIgnoringCase("10k followers");
        assertThat(browser.findElement(By.cssSelector("#f1 .suggestion")).getText()).isNotBlank();
        assertThat(browser.findElement(By.cssSelector("#result .meta")).getText()).contains("English");
        browser.executeScript("document.activeElement.blur()");
        screenshot("serve-page-paste-en.png");
    }

    private static void screenshot(String name) throws IOException {
        Files.write(Path.of("target", name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
