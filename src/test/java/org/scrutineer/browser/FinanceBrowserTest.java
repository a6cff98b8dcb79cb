package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An officer corrects one line of a statement and sees its variance, the totals and the checks change. */
class FinanceBrowserTest extends BrowserTest {

    @Override
    Browser start(int port) {
        Browser officer = Browser.open(port);
        officer.signIn("officer", "officer-demo-pass");
        return officer;
    }

    List<String> row(String label) {
        WebElement header = browser.driver.findElement(By.xpath("//table[contains(@class,'finance-table')]//tr[th[contains(@class,'finance-')]//span[normalize-space()='" + label + "']]"));
        return header.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
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
        assertThat(row("Total Expenditure")).containsExactly("52,463", "5,523", "6,000", "(477)", "(2,635)");
        assertThat(browser.findAll(By.cssSelector(".finance-findings li"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Total Expenditure, Actual Spend: printed 5,960, the figures give 6,000"));
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

    @Test
    void tablesAndSavingsPagesAreAccessible() {
        for (String path : List.of("/finance", "/finance/tables/departmental-summary", "/finance/savings")) {
            browser.go(path);
            browser.assertTitleAndSkipLink();
            browser.assertAccessible();
        }
    }
}
