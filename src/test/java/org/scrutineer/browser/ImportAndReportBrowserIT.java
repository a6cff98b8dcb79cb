package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.scrutineer.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An officer imports an indicator and its figures through the upload page, sees it in the live draft report, and
 * downloads the published report's PDF; a bad file is refused with every problem listed.
 * <p>
 * The indicators made here (refs BRW-…) sit in the demo's Public Health area, so they would show in the live draft
 * that other tests compare with the published copy: they are removed again after each test.
 */
class ImportAndReportBrowserIT extends BrowserIT {
    static final String DRAFT = "/drafts/HSC-PPB/q1-2025-26";
    static final String PUBLISHED = "/reports/HSC-PPB/q1-2025-26";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @TempDir
    static Path downloads;

    @Override
    Browser start(int port) {
        Browser officer = Browser.withDownloads(port, downloads);
        officer.signIn("officer", "officer-demo-pass");
        return officer;
    }

    @AfterEach
    void removeTestIndicators() {
        String mine = "select id from indicator where ref like 'BRW-%'";
        for (String table : List.of("indicator_value", "indicator_target", "indicator_commentary", "symbol_override")) {
            jdbc.sql("delete from " + table + " where indicator_id in (" + mine + ")")
                    .update();
        }
        jdbc.sql("delete from indicator where ref like 'BRW-%'").update();
    }

    @Test
    void officerImportsAnIndicatorAndItsFiguresSeesThemInTheDraftAndDownloadsThePublishedPdf(@TempDir Path files)
            throws IOException {
        Path definitions = write(files.resolve("brw-indicators.csv"), """
                ref,service_area,measure,definition,unit,polarity,frequency,data_source,projection
                BRW-1,PH,Browser test measure,Imported by the browser test,percent,higher_is_better,annual,Browser test,none
                """);
        Path figures = write(files.resolve("brw-figures.csv"), """
                indicator_ref,kind,period,value,status
                BRW-1,actual,2023/24,40,final
                BRW-1,actual,2024/25,45.5,final
                BRW-1,target,2024/25,50,
                """);

        upload("layout-indicators", definitions);
        assertThat(successBanner()).isEqualTo("1 indicator definitions imported from brw-indicators.csv");

        upload("layout", figures);
        assertThat(successBanner()).startsWith("3 rows imported from brw-figures.csv: 3 new, 0 corrected (import ");
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary"))).isEmpty();

        // The live draft shows the new indicator in the Public Health KPI table, its symbols named in words:
        // 45.5% (final, 2024/25) misses the 50% target (Red) and is better than 40% the year before (Green).
        browser.go(DRAFT);
        WebElement row = browser.find(By.xpath("//table[contains(@class,'report-kpis')]"
                + "[caption[normalize-space()='Public Health: key performance indicators']]//tr[@id='kpi-BRW-1']"));
        List<WebElement> cells = row.findElements(By.xpath("./th|./td"));
        assertThat(cells).hasSize(7);
        assertThat(cells.get(0).getText()).isEqualTo("BRW-1");
        assertThat(cells.get(1).getText()).contains("Browser test measure");
        assertThat(cells.get(2).getText()).isEqualTo("40% (2023/24)");
        assertThat(cells.get(3).getText()).isEqualTo("50% (2024/25)");
        assertThat(cells.get(4).getText()).isEqualTo("45.5% (2024/25)");
        assertThat(symbolName(cells.get(5))).as("Current Progress").isEqualTo("Red");
        assertThat(symbolName(cells.get(6))).as("Direction of Travel").isEqualTo("Green");

        // The published copy is frozen (no BRW-1 in it) and its PDF downloads through the link.
        browser.go(PUBLISHED);
        assertThat(browser.findAll(By.id("kpi-BRW-1"))).isEmpty();
        WebElement link = browser.find(By.partialLinkText("Download this report as a PDF"));
        assertThat(link.getDomAttribute("href")).isEqualTo(PUBLISHED + ".pdf?version=1");
        link.click();
        Path pdf = new FluentWait<>(downloads)
                .withTimeout(Duration.ofSeconds(15))
                .pollingEvery(Duration.ofMillis(200))
                .withMessage(() -> "a PDF in " + downloads + " holding " + listing(downloads))
                .until(dir -> downloadedPdf(dir).orElse(null));
        assertThat(pdf.getFileName().toString()).isEqualTo("HSC-PPB-priority-based-report-q1-2025-26-v1.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(bytes.length).as("PDF size").isGreaterThan(10 * 1024);
        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void badFiguresFileIsRefusedWithEveryProblemListedByLine(@TempDir Path files) {
        data.indicator("PH", "BRW-2", "HIGHER_IS_BETTER");
        int figuresBefore = jdbc.sql("select count(*) from indicator_value")
                .query(Integer.class)
                .single();
        Path bad = write(files.resolve("brw-bad.csv"), """
                indicator_ref,kind,period,value,status
                BRW-404,actual,2024/25,12,final
                BRW-2,actual,Q5 2025/26,12,final
                BRW-2,actual,2024/25,twelve,final
                """);

        upload("layout", bad);

        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElement(By.cssSelector(".govuk-error-summary__title"))
                        .getText())
                .isEqualTo("There is a problem");
        WebElement summaryLink = summary.findElement(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(summaryLink.getText())
                .isEqualTo(
                        "The file brw-bad.csv was not imported: 3 errors. Nothing was imported: correct the file and upload it again.");
        assertThat(summaryLink.getDomAttribute("href")).isEqualTo("#file");
        assertThat(browser.findAll(By.cssSelector(".govuk-notification-banner--success")))
                .isEmpty();

        WebElement table = browser.find(By.id("import-errors"));
        assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("Problems in brw-bad.csv");
        List<List<String>> problems = table.findElements(By.cssSelector("tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
        assertThat(problems).hasSize(3);
        assertThat(problems).extracting(p -> p.get(0)).containsExactly("2", "3", "4");
        assertThat(problems).extracting(p -> p.get(1)).containsExactly("indicator_ref", "period", "value");
        assertThat(problems.get(0).get(2)).isEqualTo("There is no indicator 'BRW-404'");
        assertThat(problems.get(1).get(2)).contains("Q5 2025/26");
        assertThat(problems.get(2).get(2)).startsWith("'twelve' is not a number");
        assertThat(jdbc.sql("select count(*) from indicator_value")
                        .query(Integer.class)
                        .single())
                .as("nothing imported")
                .isEqualTo(figuresBefore);

        browser.assertTitleAndSkipLink();
        browser.assertAccessible();
    }

    /** Chooses the layout by its label (as a person would), attaches the file and presses Import. */
    private void upload(String layoutRadioId, Path file) {
        browser.go("/import");
        browser.find(By.cssSelector("label[for='" + layoutRadioId + "']")).click();
        assertThat(browser.find(By.id(layoutRadioId)).isSelected()).isTrue();
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(browser.button("Import"));
    }

    private String successBanner() {
        List<WebElement> banners = browser.findAll(By.cssSelector(".govuk-notification-banner--success"));
        assertThat(banners)
                .as(
                        "success banner; errors shown: %s",
                        browser.findAll(By.cssSelector(".govuk-error-summary, #import-errors")).stream()
                                .map(WebElement::getText)
                                .toList())
                .hasSize(1);
        assertThat(banners.get(0)
                        .findElement(By.cssSelector(".govuk-notification-banner__title"))
                        .getText())
                .isEqualTo("Success");
        return banners.get(0)
                .findElement(By.cssSelector(".govuk-notification-banner__heading"))
                .getText();
    }

    /** The symbol's name shown as text beside its coloured mark. */
    private static String symbolName(WebElement cell) {
        WebElement symbol = cell.findElement(By.cssSelector("strong.symbol"));
        assertThat(symbol.findElement(By.cssSelector(".symbol__mark")).getDomAttribute("aria-hidden"))
                .isEqualTo("true");
        WebElement name = symbol.findElement(By.cssSelector("span:not(.symbol__mark)"));
        assertThat(name.isDisplayed()).isTrue();
        return name.getText();
    }

    private static Optional<Path> downloadedPdf(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            // Chromium writes to a .crdownload file and renames it when the download is complete.
            return list.filter(p -> p.getFileName().toString().endsWith(".pdf"))
                    .filter(p -> size(p) > 0)
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> listing(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName() + " (" + size(p) + " bytes)").toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
