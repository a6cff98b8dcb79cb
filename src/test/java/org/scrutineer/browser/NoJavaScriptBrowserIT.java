package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The pages work with JavaScript switched off: signing in, a form's error state, and the report's KPI table. */
class NoJavaScriptBrowserIT extends BrowserIT {
    @Override
    Browser start(int port) {
        return Browser.withoutJavaScript(port);
    }

    /** js/enabled.js adds js-enabled to the body; without JavaScript it never runs. */
    private void assertJavaScriptIsOff() {
        assertThat(browser.find(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
    }

    @Test
    void officerSignsInAndGetsTheFigureFormsErrorSummary() {
        browser.signIn("officer", "officer-demo-pass");
        assertJavaScriptIsOff();

        browser.go("/indicators/PH01a/figures/new");
        assertJavaScriptIsOff();
        browser.find(By.id("period")).sendKeys("2024/25");
        browser.find(By.id("value")).sendKeys("sixty");
        browser.clickAndWaitForNewPage(browser.button("Save"));

        assertJavaScriptIsOff();
        assertThat(browser.driver.getCurrentUrl()).endsWith("/indicators/PH01a/figures");
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        WebElement summary = browser.find(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.findElement(By.cssSelector(".govuk-error-summary__title"))
                        .getText())
                .isEqualTo("There is a problem");
        List<WebElement> links = summary.findElements(By.cssSelector(".govuk-error-summary__list a"));
        assertThat(links)
                .extracting(WebElement::getText)
                .containsExactly("Value must be a number, like 2206 or 62.2, without commas or %");
        assertThat(links.get(0).getDomAttribute("href")).isEqualTo("#value");
        assertThat(browser.find(By.id("value-error")).getText()).contains("Value must be a number");
        assertThat(browser.find(By.id("value")).getDomProperty("value"))
                .as("what was typed is kept")
                .isEqualTo("sixty");
        assertThat(browser.find(By.id("period")).getDomProperty("value")).isEqualTo("2024/25");
    }

    @Test
    void publishedReportShowsItsKpiTable() {
        browser.go("/reports/HSC-PPB/q1-2025-26");
        assertJavaScriptIsOff();

        WebElement table = browser.find(By.cssSelector("table.report-kpis"));
        assertThat(table.findElements(By.cssSelector("thead th")))
                .extracting(WebElement::getText)
                .containsExactly(
                        "Ref",
                        "Measure",
                        "Actual 2024/25",
                        "Target 2025/26",
                        "Quarter 1",
                        "Current Progress",
                        "Direction of Travel");
        assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(17);
        WebElement ph01a = table.findElement(By.id("kpi-PH01a"));
        assertThat(ph01a.getText()).contains("PH01a", "58.6 (2020-22)", "58.8 (2019-21)", "56.8 (2021-23)", "Red");
        assertThat(browser.find(By.partialLinkText("Download this report as a PDF"))
                        .isDisplayed())
                .isTrue();
    }
}
