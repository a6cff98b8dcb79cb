package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scrutineer.support.AgendaFixtures.aNewItem;
import static org.scrutineer.support.AgendaFixtures.aNewMeeting;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.scrutineer.meetings.Meetings;
import org.scrutineer.platform.boards.Boards;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident asks a question on the public website, the committee services officer accepts it and records the answer,
 * and the question and answer appear in the meeting's published minutes; axe-core finds nothing on every page of the
 * way, and a question written with script tags is shown as the text it is.
 */
class PublicQuestionsBrowserIT extends BrowserIT {
    static final String KEY = "hsc-2026-12-22";
    static final String QUESTION =
            "<script>document.title='hacked'</script>Will the Board publish the day-centre review?";

    @Autowired
    Meetings meetings;

    @Autowired
    Boards boards;

    @Autowired
    org.scrutineer.support.TestClock clock;

    @Test
    void aResidentAsksTheOfficerAcceptsAndTheQuestionIsInTheMinutes() {
        clock.reset();
        long board = boards.byCode("HSC-PPB").orElseThrow().id();
        long id = meetings.create(aNewMeeting(KEY, board, LocalDate.of(2026, 12, 22))
                .in("Council Chamber, Runcorn Town Hall")
                .build());
        meetings.addItem(
                id, aNewItem("Public Question Time").ofKind("public_questions").build());
        meetings.addItem(id, aNewItem("Day Centre Review").build());
        meetings.setAgendaPublished(id, LocalDate.of(2026, 11, 25));

        // the resident, without an account
        browser.driver.manage().deleteAllCookies();
        browser.go("/");
        browser.clickAndWaitForNewPage(browser.find(By.linkText("Public questions")));
        browser.assertTitleAndSkipLink();
        browser.assertAccessibleToBoth();
        browser.clickAndWaitForNewPage(browser.find(By.xpath("//main//a[contains(@href, 'meeting=" + KEY + "')]")));
        browser.assertAccessibleToBoth();
        browser.clickAndWaitForNewPage(browser.button("Continue"));
        assertThat(browser.find(By.cssSelector(".govuk-error-summary")).getText())
                .contains("Enter your full name", "Enter your question");
        browser.assertAccessibleToBoth();
        browser.find(By.id("name")).sendKeys("Dana Resident");
        browser.find(By.id("address")).sendKeys("5 Mersey Road\nRuncorn");
        browser.find(By.id("postcode")).sendKeys("WA7 5AB");
        browser.find(By.id("email")).sendKeys("dana.resident@example.org");
        browser.find(By.xpath("//label[normalize-space()='Day Centre Review']")).click();
        browser.find(By.id("question")).sendKeys(QUESTION);
        browser.clickAndWaitForNewPage(browser.button("Continue"));
        assertThat(browser.find(By.tagName("h1")).getText())
                .isEqualTo("Check your answers before sending your question");
        assertThat(browser.find(By.id("main-content")).getText()).contains(QUESTION, "Day Centre Review");
        browser.assertAccessibleToBoth();
        browser.clickAndWaitForNewPage(browser.button("Send question"));
        assertThat(browser.find(By.cssSelector(".govuk-panel__title")).getText())
                .isEqualTo("Question sent");
        String reference =
                browser.find(By.cssSelector(".govuk-panel__body strong")).getText();
        assertThat(reference).matches("PQ-[A-Z0-9]{8}");
        browser.assertAccessibleToBoth();
        assertThat(browser.driver.getTitle()).doesNotContain("hacked");

        // not on the meeting's page before the decision
        browser.go("/meetings/" + KEY);
        assertThat(browser.find(By.id("main-content")).getText()).doesNotContain("day-centre review?");

        // the officer accepts it and records the answer
        browser.driver.manage().deleteAllCookies();
        browser.signIn("officer", "officer-demo-pass");
        browser.go("/questions/manage");
        browser.assertAccessible();
        browser.clickAndWaitForNewPage(browser.find(By.linkText(reference)));
        browser.assertAccessible();
        assertThat(browser.find(By.id("main-content")).getText()).contains(QUESTION, "dana.resident@example.org");
        browser.find(By.cssSelector("label[for=outcome-accept]")).click();
        browser.clickAndWaitForNewPage(browser.button("Record the decision"));
        assertThat(browser.find(By.cssSelector(".scrutineer-question-state")).getText())
                .isEqualTo("Accepted");
        browser.find(By.xpath("//label[normalize-space()='Answered at the meeting']"))
                .click();
        browser.find(By.id("response")).sendKeys("Yes: the review will be published in January.");
        browser.clickAndWaitForNewPage(browser.button("Save what happened"));
        assertThat(browser.find(By.cssSelector(".scrutineer-question-state")).getText())
                .isEqualTo("Answered at the meeting");
        browser.assertAccessible();
        browser.clickAndWaitForNewPage(browser.find(By.cssSelector(".scrutineer-sign-out button")));

        // in the minutes on the meeting's public page, as text, with no address or email
        browser.driver.manage().deleteAllCookies();
        browser.go("/meetings/" + KEY);
        String page = browser.find(By.id("main-content")).getText();
        assertThat(page)
                .contains(
                        "Question 1 (Dana Resident): " + QUESTION,
                        "Response: Yes: the review will be published in January.")
                .doesNotContain("dana.resident@example.org")
                .doesNotContain("Mersey Road");
        assertThat(browser.driver.getTitle()).doesNotContain("hacked");
        browser.assertTitleAndSkipLink();
        browser.assertAccessibleToBoth();
    }
}
