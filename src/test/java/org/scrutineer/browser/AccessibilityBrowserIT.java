package org.scrutineer.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) finds nothing on the public pages, the signed-in pages and their
 * error states, and HTML_CodeSniffer (WCAG2AA, as pa11y runs it) nothing on the public pages, which fetch nothing that
 * fails and no GOV.UK font; every page has a title and a skip link to its main content.
 */
class AccessibilityBrowserIT extends BrowserIT {
    @TestFactory
    Stream<DynamicTest> publicPages() {
        return Stream.of(
                        page("/", "Performance and scrutiny"),
                        page("/reports", "Reports"),
                        page("/reports/HSC-PPB/q1-2025-26", "Priority Based Report"),
                        page("/sign-in", "Sign in"),
                        page("/sign-in?error", "Sign in"),
                        page("/accessibility", "Accessibility"))
                .map(p -> dynamicTest(p.path(), () -> {
                    browser.driver.manage().deleteAllCookies();
                    browser.go(p.path());
                    check(p);
                    browser.assertNoCodeSnifferErrors();
                    browser.assertFetchedNothingMissing();
                    if (p.path().endsWith("?error")) {
                        assertThat(browser.driver.getTitle()).startsWith("Error: ");
                        assertThat(browser.find(By.cssSelector(".govuk-error-summary"))
                                        .getText())
                                .contains("There is a problem");
                        assertThat(browser.find(By.id("username")).getDomAttribute("aria-describedby"))
                                .isEqualTo("username-error");
                    } else if (p.path().equals("/sign-in")) {
                        assertThat(browser.find(By.id("username")).getDomAttribute("aria-describedby"))
                                .isNull();
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> officerPages() {
        Stream<DynamicTest> pages = Stream.of(
                        page("/import", "Import data"),
                        page("/drafts/HSC-PPB/q1-2025-26", "Priority Based Report"),
                        page("/indicators", "Indicators"),
                        page("/indicators/PH01a", "Healthy life expectancy at birth: females"),
                        page("/indicators/PH01a/audit", "Audit trail"),
                        page("/indicators/PH01a/figures/new", "Add or correct a figure"),
                        page("/objectives", "Objectives and milestones"),
                        page("/finance", "Revenue budget statements"),
                        page("/finance/statements/3", "Better Care Pooled Budget"),
                        page("/objectives/PH%2001/audit", "Audit trail"),
                        page("/account/password", "Change your password"))
                .map(p -> dynamicTest(p.path(), () -> {
                    signedInAsOfficer();
                    browser.go(p.path());
                    check(p);
                }));
        DynamicTest invalidFigure = dynamicTest("/indicators/PH01a/figures/new submitted empty", () -> {
            signedInAsOfficer();
            browser.go("/indicators/PH01a/figures/new");
            browser.clickAndWaitForNewPage(browser.button("Save"));
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            assertThat(browser.find(By.cssSelector(".govuk-error-summary__title"))
                            .getText())
                    .isEqualTo("There is a problem");
            assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a")))
                    .extracting(a -> a.getDomAttribute("href"))
                    .containsExactly("#period", "#value");
            assertThat(browser.find(By.id("period")).getDomAttribute("aria-describedby"))
                    .isEqualTo("period-hint period-error");
            assertThat(browser.find(By.id("value")).getDomAttribute("aria-describedby"))
                    .isEqualTo("value-hint value-error");
            check(new Page("/indicators/PH01a/figures", "Add or correct a figure"));
        });
        DynamicTest badQuarter = dynamicTest("/reports after opening a draft for a quarter that is not one", () -> {
            signedInAsOfficer();
            browser.go("/drafts?board=HSC-PPB&quarter=Q5+2025%2F26");
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a")))
                    .extracting(a -> a.getDomAttribute("href"))
                    .containsExactly("#quarter");
            check(new Page("/reports", "Reports"));
        });
        return Stream.concat(pages, Stream.of(invalidFigure, badQuarter));
    }

    @Test
    void adminUsersPageAndItsErrors() {
        browser.go("/");
        if (!browser.findAll(By.cssSelector(".scrutineer-signed-in")).isEmpty()) {
            browser.clickAndWaitForNewPage(browser.find(By.cssSelector(".scrutineer-sign-out button")));
        }
        browser.signIn("admin", "admin-demo-pass");
        browser.go("/admin/users");
        check(page("/admin/users", "Users"));
        browser.clickAndWaitForNewPage(browser.button("Add user"));
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        assertThat(browser.findAll(By.cssSelector(".govuk-error-summary__list a")))
                .extracting(a -> a.getDomAttribute("href"))
                .containsExactly("#username", "#displayName", "#password");
        browser.assertAccessible();
        browser.go("/admin/boards");
        check(page("/admin/boards", "Boards and service areas"));
        browser.clickAndWaitForNewPage(browser.button("Add service area"));
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        browser.assertAccessible();
        browser.clickAndWaitForNewPage(browser.find(By.cssSelector(".scrutineer-sign-out button")));
    }

    /** The check itself works: a page with an unlabelled field fails, naming the rule and the element. */
    @Test
    void axeCheckFailsReadablyOnAViolation() {
        browser.go("/accessibility");
        browser.driver.executeScript(
                "const i = document.createElement('input'); i.type = 'text'; i.id = 'unlabelled-probe';"
                        + " document.getElementById('main-content').appendChild(i);");
        assertThatThrownBy(browser::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("axe-core found 1 WCAG A/AA violation(s)")
                .hasMessageContaining("- label (critical): Form elements must have labels")
                .hasMessageContaining("#unlabelled-probe");
    }

    /** The Content-Security-Policy check works too: an inline script the page did not ship is blocked and reported. */
    @Test
    void cspCheckFailsReadablyOnAnInlineScript() {
        browser.go("/accessibility");
        browser.driver.executeScript(
                "const s = document.createElement('script'); s.textContent = 'window.__ran = true;';"
                        + " document.body.appendChild(s);");
        assertThat(browser.driver.executeScript("return window.__ran === true;"))
                .as("the policy blocked it")
                .isEqualTo(false);
        assertThatThrownBy(browser::assertNoCspViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Content-Security-Policy violations on")
                .hasMessageContaining("script-src-elem blocked inline");
    }

    /** Swagger UI, under its own policy (inline styles, as it draws with them), shows the API with nothing blocked. */
    @Test
    void apiDocumentationWorksUnderItsPolicy() {
        browser.go("/api/docs");
        browser.wait.until(d -> !browser.findAll(By.cssSelector(".opblock")).isEmpty());
        assertThat(browser.find(By.cssSelector(".swagger-ui")).getText()).contains("/api/meetings");
        browser.assertNoCspViolations();
    }

    /** The same for HTML_CodeSniffer: an image without a text alternative fails, naming the technique and the element. */
    @Test
    void codeSnifferCheckFailsReadablyOnAnError() {
        browser.go("/accessibility");
        browser.driver.executeScript(
                "const i = document.createElement('img'); i.src = '/assets/images/favicon.svg'; i.id = 'no-alt-probe';"
                        + " document.getElementById('main-content').appendChild(i);");
        assertThatThrownBy(browser::assertNoCodeSnifferErrors)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HTML_CodeSniffer found 1 WCAG2AA error(s)")
                .hasMessageContaining("H37")
                .hasMessageContaining("img#no-alt-probe");
    }

    private void signedInAsOfficer() {
        browser.go("/");
        if (browser.findAll(By.cssSelector(".scrutineer-signed-in")).isEmpty()) {
            browser.signIn("officer", "officer-demo-pass");
        }
    }

    private void check(Page p) {
        assertThat(browser.driver.getCurrentUrl()).as("no redirect").isEqualTo(browser.url(p.path()));
        assertThat(browser.find(By.tagName("h1")).getText()).contains(p.heading());
        browser.assertTitleAndSkipLink();
        browser.assertAccessible();
    }

    private static Page page(String path, String heading) {
        return new Page(path, heading);
    }

    record Page(String path, String heading) {}
}
