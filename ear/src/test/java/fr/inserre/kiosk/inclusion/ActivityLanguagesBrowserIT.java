package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskOffersPage;
import fr.inserre.kiosk.browser.pages.KioskSchedulePage;
import fr.inserre.kiosk.browser.pages.ShownDescription;
import fr.inserre.kiosk.browser.pages.StaffActivityPage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.demo.DemoSchedule;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Language versions of activity descriptions in headless Chromium, on the demo data (issue 11): the
 * logistics course has an Arabic version, not a Spanish one. An Arabic reader (demo detainee 97, on the
 * course) reads the Arabic text on "Formations" and on the session's detail; a Spanish reader (98) reads
 * the easy-to-read French one under "Texto en francés fácil"; the training manager writes a Romanian
 * version of another course, a Romanian reader (99) reads it, and the manager removes it again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ActivityLanguagesBrowserIT {

    static final String LOGISTICS = "Logistique et CACES";
    static final String LOGISTICS_EASY = "Apprendre à gérer un stock et à conduire un chariot.";
    static final String READING = "Remise à niveau lecture-écriture";
    static final String READING_IN_ROMANIAN = "Citiți și scrieți mai bine, în ritmul dumneavoastră.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void arabicReader_readsTheArabicVersion_onTheTrainings_andOnTheirSessionsDetail() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 97).switchLanguage("العربية");

        KioskOffersPage trainings = trainings();
        ShownDescription onCard = trainings.description(LOGISTICS);
        Browser.screenshot(driver, "activity-language-ar-trainings");

        assertEquals(new ShownDescription(DemoSchedule.LOGISTICS_IN_ARABIC, "ar", "rtl", ""), onCard);

        driver.get(base + "kiosk/schedule/week.xhtml");
        KioskSchedulePage week = new KioskSchedulePage(driver);
        WebElement session = week.item(LOGISTICS).orElseGet(() -> {
            Waits.newPageAfter(driver, () -> driver.findElement(By.id("next-week")).click());
            return week.item(LOGISTICS).orElseThrow(() -> new AssertionError("no logistics session in two weeks"));
        });
        Waits.newPageAfter(driver, () -> session.findElement(By.tagName("a")).click());
        Browser.screenshot(driver, "activity-language-ar-session");

        assertEquals(new ShownDescription(DemoSchedule.LOGISTICS_IN_ARABIC, "ar", "rtl", ""), week.description());
    }

    @Test
    void spanishReader_withoutASpanishVersion_readsTheEasyFrench_labelledInSpanish() {
        KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 98).switchLanguage("Español");

        ShownDescription onCard = trainings().description(LOGISTICS);
        Browser.screenshot(driver, "activity-language-es-fallback");

        assertEquals(new ShownDescription(LOGISTICS_EASY, "fr", "ltr", "Texto en francés fácil"), onCard);
    }

    @Test
    void trainingManager_writesARomanianVersion_thatARomanianReaderReads() {
        StaffLoginPage.open(driver, base).logIn("formation", "inserre-formation");
        StaffActivityPage editor = StaffActivityPage.fromMenu(driver).open(READING).versionIn("Roumain");
        assertEquals("", editor.versionText(), "the demo has no Romanian version");
        assertEquals("ro ltr", editor.versionFieldLanguage());

        String saved = editor.saveVersion(READING_IN_ROMANIAN);
        Browser.screenshot(driver, "activity-language-staff-editor");

        assertTrue(saved.contains("Version enregistrée"), saved);
        assertEquals(READING_IN_ROMANIAN, editor.versionText());
        try {
            driver.manage().deleteCookieNamed("JSESSIONID");
            KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 99).switchLanguage("Română");

            assertEquals(new ShownDescription(READING_IN_ROMANIAN, "ro", "ltr", ""), trainings().description(READING));
            assertEquals("Text în franceză ușoară", trainings().description(LOGISTICS).fallbackLabel(),
                    "no Romanian version of the logistics course");
        } finally {
            // Leave the demo as it was: no Romanian version.
            driver.manage().deleteCookieNamed("JSESSIONID");
            StaffLoginPage.open(driver, base).logIn("formation", "inserre-formation");
            String removed = StaffActivityPage.fromMenu(driver).open(READING).versionIn("Roumain").removeVersion();
            assertTrue(removed.contains("Version supprimée"), removed);
        }
    }

    private KioskOffersPage trainings() {
        driver.get(base + "kiosk/requests/trainings.xhtml");
        Waits.textOf(driver, By.cssSelector("main h1"));
        return new KioskOffersPage(driver);
    }
}
