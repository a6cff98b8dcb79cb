package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.scrutineer.assurance.Assessments;
import org.scrutineer.assurance.domain.Assessment;
import org.springframework.beans.factory.annotation.Autowired;

/** With JavaScript off, the what-if is a plain form: submitting it works the rating out on the server. */
class AssuranceNoJavaScriptBrowserIT extends BrowserIT {
    @Autowired
    Assessments assessments;

    @Override
    Browser start(int port) {
        return Browser.withoutJavaScript(port);
    }

    @Test
    void whatIfWorksAsAFormSubmit() {
        long id = assessments.all().stream()
                .filter(a -> a.kind() == Assessment.Kind.REGULATOR)
                .findFirst()
                .orElseThrow()
                .id();
        browser.go("/assurance/assessments/" + id);
        assertThat(browser.find(By.tagName("body")).getDomAttribute("class")).doesNotContain("js-enabled");
        new Select(browser.find(By.id("s1"))).selectByValue("4");
        new Select(browser.find(By.id("s4"))).selectByValue("4");
        new Select(browser.find(By.id("s5"))).selectByValue("4");
        new Select(browser.find(By.id("s8"))).selectByValue("4");
        browser.clickAndWaitForNewPage(browser.button("Work out the rating"));
        assertThat(browser.driver.getCurrentUrl()).contains("s1=4", "s9=3");
        assertThat(browser.find(By.id("what-if-result")).getText())
                .isEqualTo(
                        "With these scores: Good 87% (31/36 = 86.1%): 25 points above Requires improvement; 1 point below Outstanding");
        assertThat(new Select(browser.find(By.id("s1")))
                        .getFirstSelectedOption()
                        .getText())
                .as("the scores are kept")
                .isEqualTo("4");
        // axe-core needs scripts, so the accessibility of this state is checked with JavaScript on (AssuranceBrowserIT)
    }
}
