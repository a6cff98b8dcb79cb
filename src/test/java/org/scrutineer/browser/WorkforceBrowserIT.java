package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An officer enters an SC-WRES return with Halton's fitness-to-practise discrepancy (2 became 12), sees it flagged,
 * corrects it, publishes it, and a visitor reads the report; every page passes axe-core and HTML_CodeSniffer.
 */
class WorkforceBrowserIT extends BrowserIT {

    void type(String id, String value) {
        WebElement input = browser.find(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    void counts(String measure, int... counts) {
        String[] groups = {"white", "mixed", "asian", "black", "other", "not-known"};
        for (int i = 0; i < groups.length; i++) {
            type("c-" + measure + "-" + groups[i], String.valueOf(counts[i]));
        }
    }

    @Test
    void anOfficerEntersAReturnSeesTheErrorFlaggedCorrectsItAndTheReportIsPublished() {
        browser.driver.manage().deleteAllCookies();
        browser.signIn("officer", "officer-demo-pass");
        browser.go("/workforce/returns/new");
        browser.assertTitleAndSkipLink();
        browser.assertAccessibleToBoth();

        // a count that is not a number is named on the form
        type("year", "2011/12");
        type("c-staff-white", "eight hundred");
        browser.clickAndWaitForNewPage(browser.button("Save and check the return"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Directly employed staff, White: enter a whole number");
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        browser.assertAccessibleToBoth();

        counts("staff", 800, 14, 18, 22, 8, 47);
        counts("shortlisted", 320, 8, 12, 14, 6, 10);
        counts("appointed", 91, 1, 2, 2, 0, 3);
        counts("regulated", 150, 2, 4, 5, 1, 8);
        counts("fitness-to-practise", 2, 10, 0, 0, 0, 0);
        type("c-fitness-to-practise-total", "2");
        browser.clickAndWaitForNewPage(browser.button("Save and check the return"));
        String flagged = browser.find(By.id("check-errors")).getText();
        assertThat(flagged)
                .contains(
                        "the groups add up to 12",
                        "but the total given is 2",
                        "(Mixed or multiple ethnic groups, 10) is more than regulated profession staff (2)");
        assertThat(browser.find(By.id("rl-appointed")).getText()).contains("0.44");
        browser.assertAccessibleToBoth();

        // publishing is refused while the check finds errors
        browser.clickAndWaitForNewPage(browser.button("Publish the return"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains("cannot be published while its check finds 2 errors");
        browser.assertAccessibleToBoth();

        browser.clickAndWaitForNewPage(browser.find(By.id("correct")));
        assertThat(browser.find(By.id("c-fitness-to-practise-mixed")).getDomProperty("value"))
                .isEqualTo("10");
        type("c-fitness-to-practise-mixed", "0");
        browser.clickAndWaitForNewPage(browser.button("Save and check the return"));
        assertThat(browser.find(By.id("check-passed")).getText()).contains("The counts agree with each other");
        browser.clickAndWaitForNewPage(browser.button("Publish the return"));
        assertThat(browser.find(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Return published");
        String report = browser.driver.getCurrentUrl();

        browser.driver.manage().deleteAllCookies();
        browser.go(report.substring(report.indexOf("/workforce")));
        assertThat(browser.find(By.id("rl-appointed")).getText()).contains("0.44", "56% less likely");
        assertThat(browser.find(By.id("rl-fitness-to-practise")).getText()).contains("withheld");
        assertThat(browser.findAll(By.id("check")))
                .as("no check for the public")
                .isEmpty();
        browser.assertTitleAndSkipLink();
        browser.assertAccessibleToBoth();
        for (String path : Map.of("a", "/workforce", "b", "/workforce/national", "c", "/workforce/actions")
                .values()) {
            browser.go(path);
            browser.assertTitleAndSkipLink();
            browser.assertAccessibleToBoth();
        }
        browser.signIn("officer", "officer-demo-pass");
        for (String path : new String[] {"/workforce/import", "/workforce/actions"}) {
            browser.go(path);
            browser.assertAccessibleToBoth();
        }
    }
}
