package org.scrutineer.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.scrutineer.support.ScrutineerTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test: one headless Chromium per class against the running application, closed after the class. */
@ScrutineerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserIT {
    @LocalServerPort
    int port;

    Browser browser;

    /** The kind of browser a class needs; a plain one unless it says otherwise. */
    Browser start(int port) {
        return Browser.open(port);
    }

    @BeforeAll
    void startBrowser() {
        browser = start(port);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
