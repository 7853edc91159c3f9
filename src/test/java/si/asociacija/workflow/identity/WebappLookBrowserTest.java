package si.asociacija.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

import si.asociacija.workflow.TasklistBrowser;
import si.asociacija.workflow.WorkflowTest;

/**
 * The webapps as a Slovene-speaking user sees them in Chromium: Asociacija in the header and the page
 * title, Slovene texts, no vendor banner. Screenshots go to {@code target/screenshots}.
 */
class WebappLookBrowserTest extends WorkflowTest {

    @LocalServerPort
    int port;

    private TasklistBrowser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void staffSeeAsociacijaInSloveneWithoutTheBanner(String app) {
        browser = TasklistBrowser.open(port, "sl");
        browser.logIn(app, "admin");
        browser.awaitUntil(() -> browser.driver().getTitle().startsWith("Asociacija"), "look-" + app + "-title");
        browser.awaitUntil(() -> browser.driver().findElement(By.tagName("body")).getText().contains("Odjav")
                || browser.driver().getPageSource().contains("Odjav"), "look-" + app + "-slovene");
        assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner")))
                .as("the end-of-life banner is hidden").allMatch(banner -> !banner.isDisplayed());
        assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("migrate to Camunda 8");
        browser.screenshot("look-" + app);
    }
}
