package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's chromium and chromedriver, never downloaded by Selenium Manager) with a fresh
 * profile, pointed at the application under test, plus the checks the browser tests share: signing in,
 * submitting forms, axe-core WCAG 2.x A/AA scans, HTML_CodeSniffer WCAG2AA scans and what a page fetched.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** HTML_CodeSniffer, unpacked from its npm package by the build (pom.xml, generate-test-resources). */
    static final Path HTML_CODESNIFFER = Path.of("target/html_codesniffer/package/build/HTMLCS.js");

    private static String codeSniffer;
    /**
     * On a machine without Debian's chromium and chromedriver the browser tests are skipped with a message, so the
     * README's test command works anywhere; on CI (CI=true, where .ci/run installs them) a missing browser fails.
     */
    static void requireChromium() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present && System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.abort("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver); skipped");
        }
    }

    /** WCAG 2.0, 2.1 and 2.2 level A and AA rules; axe's best-practice rules are not asked for. */
    static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String base;
    private final Path profile;

    private Browser(String base, Path downloads, boolean javascript) {
        requireChromium();
        this.base = base;
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        try {
            this.profile = Files.createTempDirectory("scrutineer-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1280,1024",
                "--user-data-dir=" + profile);
        Map<String, Object> prefs = new HashMap<>();
        if (downloads != null) {
            prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
            prefs.put("download.prompt_for_download", false);
            prefs.put("download.directory_upgrade", true);
            prefs.put("plugins.always_open_pdf_externally", true);
        }
        if (!javascript) {
            prefs.put("profile.managed_default_content_settings.javascript", 2);
        }
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver started;
        try {
            started = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            deleteProfile();
            throw e;
        }
        this.driver = started;
        // before any script of a page runs, and not subject to its Content-Security-Policy: note every violation of it
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                    e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
                """));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A browser with JavaScript on and no download folder. */
    static Browser open(int port) {
        return new Browser("http://localhost:" + port, null, true);
    }

    /** A browser with JavaScript on whose downloads land in the given folder without asking. */
    static Browser withDownloads(int port, Path downloads) {
        return new Browser("http://localhost:" + port, downloads, true);
    }

    /** A browser with JavaScript switched off by a content-settings preference, as for a visitor who blocks scripts. */
    static Browser withoutJavaScript(int port) {
        return new Browser("http://localhost:" + port, null, false);
    }

    String url(String path) {
        return base + path;
    }

    void go(String path) {
        driver.get(url(path));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** The button in the page's main content with exactly this text (the header has its own buttons and links). */
    WebElement button(String text) {
        return find(By.xpath("//main//button[normalize-space()='" + text + "']"));
    }

    /** Clicks something that submits a form or follows a link, and waits until the next page has loaded. */
    void clickAndWaitForNewPage(WebElement element) {
        WebElement html = find(By.tagName("html"));
        element.click();
        wait.until(ExpectedConditions.stalenessOf(html));
        wait.until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    void signIn(String username, String password) {
        go("/sign-in");
        find(By.id("username")).sendKeys(username);
        find(By.id("password")).sendKeys(password);
        clickAndWaitForNewPage(button("Sign in"));
        assertThat(driver.getCurrentUrl()).as("signed in as " + username).doesNotContain("/sign-in");
        assertThat(find(By.cssSelector(".scrutineer-signed-in")).getText()).contains(username);
    }

    /** The page's text content, including visually hidden text, which {@link WebElement#getText()} leaves out. */
    static String textContent(WebElement element) {
        String text = element.getDomProperty("textContent");
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** Every page has a title and a skip link to the main content, which exists. */
    void assertTitleAndSkipLink() {
        assertThat(driver.getTitle()).as("<title> of " + driver.getCurrentUrl()).isNotBlank();
        List<WebElement> skip = findAll(By.cssSelector("a.govuk-skip-link[href='#main-content']"));
        assertThat(skip)
                .as("skip link to #main-content on " + driver.getCurrentUrl())
                .hasSize(1);
        assertThat(textContent(skip.get(0))).isEqualTo("Skip to main content");
        assertThat(findAll(By.cssSelector("main#main-content")))
                .as("<main id=main-content> on " + driver.getCurrentUrl())
                .hasSize(1);
    }

    /**
     * Runs axe-core with the WCAG 2.x A and AA rules on the page as it is now and fails listing every violation; first,
     * that the page's Content-Security-Policy blocked nothing of its own (every page checked is checked for that too).
     */
    void assertAccessible() {
        assertNoCspViolations();
        Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver);
        assertThat(results.isErrored())
                .as("axe-core ran on " + driver.getCurrentUrl() + ": " + results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses())
                .as("axe-core checked some rules on " + driver.getCurrentUrl())
                .isNotEmpty();
        List<Rule> violations = results.getViolations();
        assertThat(violations)
                .withFailMessage(() -> describe(driver.getCurrentUrl(), violations))
                .isEmpty();
    }

    /**
     * Runs HTML_CodeSniffer's WCAG2AA standard on the page as it is now, as pa11y does, and fails listing every error
     * (its warnings and notices ask for a person's judgement and are not checked).
     */
    void assertNoCodeSnifferErrors() {
        List<Map<String, Object>> errors = codeSnifferErrors();
        assertThat(errors)
                .withFailMessage(() -> errors.stream()
                        .map(e -> "- " + e.get("code") + ": " + e.get("msg") + "\n    at " + e.get("at") + "\n      "
                                + e.get("html"))
                        .collect(Collectors.joining(
                                "\n",
                                "HTML_CodeSniffer found " + errors.size() + " WCAG2AA error(s) on "
                                        + driver.getCurrentUrl() + ":\n",
                                "")))
                .isEmpty();
    }

    /** axe-core and HTML_CodeSniffer both find nothing: each finds things the other does not. */
    void assertAccessibleToBoth() {
        assertAccessible();
        assertNoCodeSnifferErrors();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> codeSnifferErrors() {
        if (!Boolean.TRUE.equals(driver.executeScript("return typeof window.HTMLCS === 'object';"))) {
            // evaluated as a script of the page's own (its UMD wrapper sets window.HTMLCS), as pa11y injects it
            driver.executeCdpCommand("Runtime.evaluate", Map.of("expression", codeSnifferSource()));
        }
        return (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const path = el => {
                    const parts = [];
                    for (let e = el; e && e.nodeType === 1 && parts.length < 6; e = e.parentElement) {
                        parts.unshift(e.id ? e.localName + '#' + e.id
                                : e.localName + (e.parentElement ? ':nth-child(' + (Array.prototype.indexOf.call(e.parentElement.children, e) + 1) + ')' : ''));
                        if (e.id) break;
                    }
                    return parts.join(' > ');
                };
                HTMLCS.process('WCAG2AA', document, () => done(HTMLCS.getMessages().filter(m => m.type === HTMLCS.ERROR).map(m => ({
                    code: m.code, msg: m.msg, at: path(m.element),
                    html: m.element && m.element.outerHTML ? m.element.outerHTML.replace(/\\s+/g, ' ').slice(0, 240) : String(m.element)}))),
                    e => done([{code: 'HTML_CodeSniffer failed to run', msg: String(e), at: '', html: ''}]), 'en');
                """);
    }

    private static synchronized String codeSnifferSource() {
        if (codeSniffer == null) {
            if (!Files.isReadable(HTML_CODESNIFFER)) {
                throw new IllegalStateException(
                        HTML_CODESNIFFER.toAbsolutePath() + " is missing: Maven's generate-test-resources "
                                + "phase fetches it (./mvnw test or verify does)");
            }
            try {
                codeSniffer = Files.readString(HTML_CODESNIFFER);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return codeSniffer;
    }

    /** What the page's Content-Security-Policy blocked since it loaded (a script, a style, a fetch...): nothing, as it should be. */
    @SuppressWarnings("unchecked")
    void assertNoCspViolations() {
        List<String> violations = (List<String>)
                driver.executeScript("return window.__cspViolations || ['the listener was not installed'];");
        assertThat(violations)
                .as("Content-Security-Policy violations on " + driver.getCurrentUrl())
                .isEmpty();
    }

    /**
     * Every URL the page fetched (from the Resource Timing entries, once its fonts have settled) whose answer was an
     * error, and every GOV.UK font it asked for: none should be, since the site uses system fonts.
     */
    void assertFetchedNothingMissing() {
        driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(true));");
        @SuppressWarnings("unchecked")
        List<String> bad = (List<String>) driver.executeScript("""
                return performance.getEntriesByType('resource')
                    .filter(e => e.responseStatus >= 400 || e.name.includes('/assets/fonts/') || /\\.woff2?($|\\?)/.test(e.name))
                    .map(e => e.responseStatus + ' ' + e.name);
                """);
        assertThat(bad)
                .as("failed or font requests from " + driver.getCurrentUrl())
                .isEmpty();
    }

    static String describe(String url, List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " <" + v.getHelpUrl() + ">\n"
                        + v.getNodes().stream().map(Browser::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining(
                        "\n", "axe-core found " + violations.size() + " WCAG A/AA violation(s) on " + url + ":\n", ""));
    }

    private static String describe(CheckedNode node) {
        String summary =
                node.getFailureSummary() == null ? "" : node.getFailureSummary().replaceAll("\\s+", " ");
        return "    at " + node.getTarget() + ": " + summary + "\n      " + node.getHtml();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
