package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.browser.pages.StaffSettingsPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * No time limit without warning (issue 11, WCAG 2.2.1): with the establishment's idle time shortened to
 * 30 s, the countdown shows, a touch on the screen (not on a link or button: nothing is loaded) hides
 * it, and touching each time it shows keeps the person logged in past the server's own end of an idle
 * session (idle time + 15 s after the last page): the next tap still opens their page. Demo detainee 109.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskIdleBrowserIT {

    static final int IDLE_SECONDS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void aTouchDuringTheCountdown_keepsThePersonLoggedIn_onTheServerToo() {
        StaffSettingsPage.setKioskIdleTimeout(base, IDLE_SECONDS);
        try {
            KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 109);
            driver.get(base + "kiosk/schedule/week.xhtml");
            long loaded = System.nanoTime();
            assertEquals(String.valueOf(IDLE_SECONDS), driver.findElement(By.tagName("body")).getAttribute("data-idle-seconds"));

            // Past the server's end of the session counted from this page (30 + 15 s), touching at each warning.
            int touches = 0;
            while (System.nanoTime() - loaded < Duration.ofSeconds(IDLE_SECONDS + 20).toNanos()) {
                new WebDriverWait(driver, Duration.ofSeconds(IDLE_SECONDS + 10))
                        .until(d -> d.findElement(By.id("idle-warning")).isDisplayed());
                if (touches == 0) {
                    Browser.screenshot(driver, "kiosk-idle-warning");
                    int shown = Integer.parseInt(driver.findElement(By.id("idle-count")).getText());
                    assertTrue(shown > 0 && shown <= 20, "countdown shows " + shown);
                }
                driver.findElement(By.cssSelector("main h1")).click();
                touches++;
                assertFalse(driver.findElement(By.id("idle-warning")).isDisplayed(), "a touch hides the countdown");
                assertTrue(driver.getCurrentUrl().contains("/kiosk/schedule/week.xhtml"), driver.getCurrentUrl());
            }

            Waits.newPageAfter(driver, () -> driver.findElement(By.id("next-week")).click());
            assertFalse(new KioskLoginPage(driver).isShown(), "still logged in after " + touches + " touches");
            assertTrue(driver.getCurrentUrl().contains("/kiosk/schedule/week.xhtml"), driver.getCurrentUrl());
            assertFalse(driver.findElements(By.id("logout-button")).isEmpty());
        } finally {
            StaffSettingsPage.setKioskIdleTimeout(base, 120);
        }
    }
}
