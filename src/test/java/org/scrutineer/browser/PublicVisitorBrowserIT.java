package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A visitor who is not signed in: no way into the import page, and the published report found from the home page. */
class PublicVisitorBrowserIT extends BrowserIT {
    @BeforeEach
    void notSignedIn() {
        browser.go("/");
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void importPageSendsAVisitorToSignIn() {
        browser.go("/import");

        assertThat(browser.driver.getCurrentUrl()).contains("/sign-in");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.findAll(By.cssSelector("input[type='file']"))).isEmpty();
        assertThat(browser.findAll(By.cssSelector(".scrutineer-signed-in"))).isEmpty();
        assertThat(browser.findAll(By.linkText("Import data")))
                .as("no Import data in the navigation")
                .isEmpty();
    }

    @Test
    void visitorReachesThePublishedReportByLinksFromTheHomePage() {
        browser.go("/");
        assertThat(browser.findAll(By.cssSelector(".scrutineer-signed-in"))).isEmpty();
        // Other tests may publish Q1 2025/26 reports of their own boards, listed beside the demo board's.
        List<WebElement> links = browser.findAll(By.partialLinkText("Priority Based Report Q1 2025/26")).stream()
                .filter(a -> a.getText().startsWith("Health and Social Care Policy and Performance Board"))
                .toList();
        assertThat(links)
                .as("link to the HSC-PPB Q1 2025/26 report on the home page")
                .hasSize(1);
        assertThat(links.get(0).getText())
                .isEqualTo("Health and Social Care Policy and Performance Board: Priority Based Report Q1 2025/26");

        browser.clickAndWaitForNewPage(links.get(0));

        assertThat(browser.driver.getCurrentUrl()).startsWith(browser.url("/reports/HSC-PPB/q1-2025-26"));
        assertThat(browser.find(By.tagName("h1")).getText()).contains("Priority Based Report");
        assertThat(browser.find(By.id("kpi-PH01a")).getText()).contains("PH01a");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Published version 1");
        assertThat(browser.findAll(By.cssSelector("form[action$='/publish']")))
                .as("no publish button for a visitor")
                .isEmpty();
    }
}
