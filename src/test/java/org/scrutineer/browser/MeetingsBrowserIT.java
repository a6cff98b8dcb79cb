package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.meetings.PaperRenderer;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A committee officer creates a meeting, adds items with their papers and publishes the pack; a resident then finds
 * it from the home page. Every public governance page passes axe-core and HTML_CodeSniffer.
 */
class MeetingsBrowserIT extends BrowserIT {
    @Autowired
    PaperRenderer papers;

    @Autowired
    org.scrutineer.support.TestClock clock;

    @Test
    void officerPublishesAPackAndAResidentFindsIt() throws Exception {
        Path paper = Files.createTempFile("scrutineer-paper", ".pdf");
        Files.write(
                paper,
                papers.render(new PaperRenderer.Paper(
                        List.of(),
                        "Winter pressures plan",
                        "",
                        List.of(new PaperRenderer.Section(
                                "1.0 Purpose of the report", List.of("To set out the winter pressures plan."))))));
        LocalDate day = clock.today().plusDays(21);
        try {
            browser.driver.manage().deleteAllCookies();
            browser.signIn("officer", "officer-demo-pass");
            browser.go("/meetings");
            browser.clickAndWaitForNewPage(browser.find(By.linkText("Create a meeting")));
            browser.assertAccessible();
            new Select(browser.find(By.id("board"))).selectByValue("HSC-PPB");
            browser.find(By.id("date")).sendKeys(day.toString());
            browser.clickAndWaitForNewPage(browser.button("Create meeting"));
            assertThat(browser.driver.getCurrentUrl()).endsWith("/meetings/hsc-" + day);

            browser.find(By.id("heading")).sendKeys("Development of policy issues");
            browser.find(By.id("title")).sendKeys("Winter pressures plan");
            browser.find(By.id("file")).sendKeys(paper.toString());
            browser.clickAndWaitForNewPage(browser.button("Add item"));
            assertThat(browser.find(By.cssSelector(".govuk-notification-banner"))
                            .getText())
                    .contains("Item added: Winter pressures plan");
            browser.find(By.id("title")).sendKeys("Minutes of the last meeting");
            browser.clickAndWaitForNewPage(browser.button("Add item"));
            browser.assertAccessible();
            browser.clickAndWaitForNewPage(browser.button("Publish the agenda and pack"));
            assertThat(browser.find(By.cssSelector(".govuk-notification-banner"))
                            .getText())
                    .contains("Agenda pack version 1 published");
            browser.clickAndWaitForNewPage(browser.find(By.cssSelector(".scrutineer-sign-out button")));

            // a resident, not signed in, from the home page
            browser.driver.manage().deleteAllCookies();
            browser.go("/");
            browser.clickAndWaitForNewPage(browser.find(By.linkText("Meetings")));
            browser.assertAccessibleToBoth();
            browser.clickAndWaitForNewPage(browser.find(
                    By.xpath("//main//a[contains(., 'Health and Social Care') and contains(., '" + day.getDayOfMonth()
                            + " " + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                            + "')]")));
            assertThat(browser.find(By.tagName("h1")).getText())
                    .contains("Health and Social Care Policy and Performance Board");
            assertThat(browser.find(By.id("main-content")).getText())
                    .contains("Winter pressures plan", "Agenda item 1(A), pack pages 1", "Agenda pack (PDF,");
            browser.assertTitleAndSkipLink();
            browser.assertAccessibleToBoth();
        } finally {
            Files.deleteIfExists(paper);
        }
    }

    @Test
    void publicGovernancePagesAreAccessible() {
        browser.driver.manage().deleteAllCookies();
        for (String path : List.of(
                "/meetings",
                "/meetings/hsc-2025-09-23",
                "/meetings/hsc-2025-06-24",
                "/meetings/cypf-2023-01-23",
                "/meetings/hsc-2025-11-25",
                "/boards",
                "/boards/HSC-PPB",
                "/search?q=budget",
                "/search?q=")) {
            browser.go(path);
            assertThat(browser.driver.getCurrentUrl()).as(path + " is public").doesNotContain("/sign-in");
            browser.assertTitleAndSkipLink();
            browser.assertAccessibleToBoth();
            browser.assertFetchedNothingMissing();
        }
    }
}
