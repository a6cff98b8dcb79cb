package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An officer corrects one line of a statement and sees its variance, the totals and the checks change. */
class FinanceBrowserIT extends BrowserIT {

    @Override
    Browser start(int port) {
        Browser officer = Browser.open(port);
        officer.signIn("officer", "officer-demo-pass");
        return officer;
    }

    List<String> row(String label) {
        WebElement header = browser.driver.findElement(By.xpath(
                "//table[contains(@class,'finance-table')]//tr[th[contains(@class,'finance-')]//span[normalize-space()='"
                        + label + "']]"));
        return header.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void correctingALineChangesVarianceTotalsAndChecks() {
        browser.go("/finance/statements/1");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Community Care");
        assertThat(row("Day Care")).containsExactly("712", "62", "60", "2", "13");
        assertThat(row("Total Expenditure")).containsExactly("52,463", "5,523", "5,960", "(437)", "(2,635)");
        assertThat(browser.findAll(By.cssSelector(".finance-findings li"))).isEmpty();
        browser.assertAccessible();

        browser.clickAndWaitForNewPage(browser.driver.findElement(By.linkText("Day Care")));
        browser.assertTitleAndSkipLink();
        browser.assertAccessible();
        WebElement actual = browser.find(By.id("actualSpend"));
        actual.clear();
        actual.sendKeys("100");
        browser.clickAndWaitForNewPage(browser.button("Save"));

        assertThat(browser.driver.getCurrentUrl()).endsWith("/finance/statements/1");
        assertThat(row("Day Care")).containsExactly("712", "62", "100", "(38)", "13");
        // the total stays as printed, with what the lines now give beside it in its cell
        List<String> total = row("Total Expenditure");
        assertThat(total.get(2)).startsWith("5,960").contains("lines give 6,000");
        assertThat(total.get(3)).startsWith("(437)").contains("lines give (477)");
        assertThat(browser.findAll(By.cssSelector(".finance-findings li")))
                .extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t)
                        .startsWith("Total Expenditure, Actual Spend: printed 5,960, the figures give 6,000"));
        browser.assertAccessible();

        // put it back as printed, so the demo statement is as the seed has it for any later test
        browser.clickAndWaitForNewPage(browser.driver.findElement(By.linkText("Day Care")));
        WebElement again = browser.find(By.id("actualSpend"));
        again.clear();
        again.sendKeys("60");
        browser.clickAndWaitForNewPage(browser.button("Save"));
        assertThat(row("Day Care")).containsExactly("712", "62", "60", "2", "13");
        assertThat(browser.findAll(By.cssSelector(".finance-findings li"))).isEmpty();
    }

    /** A resident, not signed in, reads what was published with the demo meeting's pack. */
    @Test
    void publishedFinancePagesAreAccessible() {
        String base = "/meetings/hsc-2025-09-23/finance";
        try (Browser resident = Browser.open(port)) {
            for (String path : List.of(
                    base,
                    base + "/spending-2025-05-31",
                    base + "/spending-2025-05-31/statements/community-and-greenspaces",
                    base + "/pmr-q1-2025-26/statements/better-care-pooled-budget",
                    base + "/spending-2025-05-31/tables/departmental-summary",
                    base + "/spending-2025-05-31/savings",
                    base + "/asc-budget-position")) {
                resident.go(path);
                resident.assertTitleAndSkipLink();
                resident.assertAccessible();
            }
        }
    }

    @Test
    void tablesAndSavingsPagesAreAccessible() {
        for (String path : List.of("/finance", "/finance/tables/departmental-summary", "/finance/savings")) {
            browser.go(path);
            browser.assertTitleAndSkipLink();
            browser.assertAccessible();
        }
    }
}
