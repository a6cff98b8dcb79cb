package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.assurance.Assessments;
import org.scrutineer.assurance.domain.Assessment;
import org.springframework.beans.factory.annotation.Autowired;

/** A resident reads the published assessment and plan; the what-if moves the rating live, without a page load or a script error. */
class AssuranceBrowserIT extends BrowserIT {
    @Autowired
    Assessments assessments;

    String assessmentPath() {
        return "/assurance/assessments/"
                + assessments.all().stream()
                        .filter(a -> a.kind() == Assessment.Kind.REGULATOR)
                        .findFirst()
                        .orElseThrow()
                        .id();
    }

    @Test
    void whatIfChangesTheRatingLiveWithoutErrors() {
        browser.driver.manage().deleteAllCookies();
        browser.go(assessmentPath());
        browser.driver.executeScript(
                "window.scrutineerErrors = [];"
                        + "window.addEventListener('error', e => window.scrutineerErrors.push(String(e.message)));"
                        + "window.addEventListener('unhandledrejection', e => window.scrutineerErrors.push(String(e.reason)));");
        var html = browser.find(By.tagName("html"));
        String before = browser.driver.getCurrentUrl();
        assertThat(browser.find(By.id("what-if-result")).getText()).contains("With the published scores: Good", "64%");

        new Select(browser.find(By.id("s9"))).selectByValue("1");
        // wait for the changed result itself: "Requires improvement" is already on the page (in the distances) before
        // the update
        browser.wait.until(d -> browser.find(By.id("what-if-result")).getText().startsWith("With these scores:"));
        assertThat(browser.find(By.id("what-if-result")).getText())
                .isEqualTo(
                        "With these scores: Requires improvement, 59% (21/36 = 58.3%): 21 points above Inadequate; 4 points below Good");

        new Select(browser.find(By.id("s9"))).selectByValue("n");
        browser.wait.until(d -> browser.find(By.id("what-if-result")).getText().contains("20/32"));
        assertThat(browser.find(By.id("what-if-result")).getText()).contains("Good, 63% (20/32 = 62.5%)");

        assertThat(browser.driver.getCurrentUrl()).as("no page load").isEqualTo(before);
        assertThat(html.isDisplayed()).as("same document").isTrue();
        @SuppressWarnings("unchecked")
        List<Object> errors = (List<Object>) browser.driver.executeScript("return window.scrutineerErrors;");
        assertThat(errors).as("JavaScript errors").isEmpty();
        browser.assertTitleAndSkipLink();
        browser.assertAccessibleToBoth();
    }

    @Test
    void publicVisitorSeesThePublishedAssessmentPlanAndTablesAccessibly() {
        browser.driver.manage().deleteAllCookies();
        for (String path : List.of(
                "/assurance",
                assessmentPath(),
                assessmentPath() + "?s1=4&s2=3&s3=3&s4=4&s5=4&s6=3&s7=3&s8=4&s9=3",
                assessmentPath() + "?s1=5&s2=3&s3=3&s4=4&s5=4&s6=3&s7=3&s8=4&s9=",
                "/assurance/benchmark",
                "/improvement",
                "/improvement?view=lead",
                "/improvement?view=overdue",
                "/improvement/report")) {
            browser.go(path);
            assertThat(browser.driver.getCurrentUrl()).as(path + " is public").doesNotContain("/sign-in");
            browser.assertTitleAndSkipLink();
            browser.assertAccessibleToBoth();
            browser.assertFetchedNothingMissing();
        }
        browser.go("/improvement");
        browser.clickAndWaitForNewPage(browser.find(By.linkText("T1-02")));
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Improvement item T1-02");
        assertThat(browser.findAll(By.id("note")))
                .as("no progress form for the public")
                .isEmpty();
        browser.assertAccessibleToBoth();
    }
}
