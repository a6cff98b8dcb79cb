package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.benchmarking.FingertipsFiles;

/**
 * An officer imports a Fingertips download (built in the test: no real one is among the seeds), sets the indicator's
 * polarity, and sees its trend and compare-areas charts with their tables and the spine chart; every page is checked
 * with axe-core and HTML_CodeSniffer.
 */
class BenchmarkingBrowserIT extends BrowserIT {
    @Override
    Browser start(int port) {
        Browser officer = Browser.open(port);
        officer.signIn("officer", "officer-demo-pass");
        return officer;
    }

    @Test
    void officerImportsSetsPolarityAndSeesTheCharts(@TempDir Path files) throws IOException {
        int id = ThreadLocalRandom.current().nextInt(93_000_000, 94_000_000);
        Path file = Files.write(
                files.resolve("fingertips-download.csv"),
                FingertipsFiles.csv(FingertipsFiles.quirky(id, "Browser benchmark indicator")));

        browser.go("/benchmark/import");
        browser.assertAccessibleToBoth();
        browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWaitForNewPage(browser.button("Import"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("18 rows imported from fingertips-download.csv");
        browser.assertAccessibleToBoth();

        browser.go("/benchmark/indicators/" + id + "/settings");
        browser.assertAccessibleToBoth();
        new Select(browser.find(By.id("polarity"))).selectByValue("high-is-good");
        browser.clickAndWaitForNewPage(browser.button("Save settings"));

        assertThat(browser.driver.getCurrentUrl()).endsWith("/benchmark/indicators/" + id);
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("Settings saved");
        List<WebElement> charts = browser.findAll(By.cssSelector("figure svg[role='img']"));
        assertThat(charts).hasSize(2);
        for (WebElement chart : charts) {
            assertThat(chart.findElement(By.tagName("title")).getDomProperty("textContent"))
                    .isNotBlank();
            assertThat(chart.findElement(By.tagName("desc")).getDomProperty("textContent"))
                    .contains("table below the chart");
        }
        WebElement trend =
                browser.find(By.xpath("//table[caption[normalize-space()='The figures behind the trend chart']]"));
        List<WebElement> rows = trend.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(5);
        List<WebElement> last = rows.get(4).findElements(By.xpath("./th|./td"));
        assertThat(last.get(0).getText()).isEqualTo("Halton");
        assertThat(last.get(2).getText()).isEqualTo("30.00");
        assertThat(last.get(7).getText()).isEqualTo("Worse");
        assertThat(last.get(8).getText()).isEqualTo("Better");
        assertThat(last.get(9).getText()).isEqualTo("Decreasing and getting worse");
        assertThat(browser.find(
                        By.xpath("//table[caption[normalize-space()='The figures behind the compare-areas chart']]")))
                .isNotNull();
        browser.assertAccessibleToBoth();

        browser.go("/benchmark/spine");
        assertThat(browser.findAll(By.cssSelector("figure svg[role='img']"))).hasSize(1);
        browser.assertAccessibleToBoth();

        // the import is a batch: its page lists the indicator as a draft until an officer approves it
        browser.go("/benchmark/imports");
        browser.assertAccessibleToBoth();
        browser.clickAndWaitForNewPage(browser.find(By.cssSelector("tbody tr a")));
        assertThat(browser.find(By.tagName("main")).getText()).contains("Browser benchmark indicator");
        browser.assertAccessibleToBoth();
        browser.clickAndWaitForNewPage(browser.button("Approve these figures for public display"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner--success"))
                        .getText())
                .contains("now shown to everyone");
        browser.assertAccessibleToBoth();
    }
}
