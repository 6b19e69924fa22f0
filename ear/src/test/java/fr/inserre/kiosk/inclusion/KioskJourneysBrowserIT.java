package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskAskPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskHoursPage;
import fr.inserre.kiosk.browser.pages.KioskSentPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.util.List;
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
 * The three core journeys of the kiosk (issue 11) completed without reading French: see my week, ask for
 * a training, see my hours (a period's sessions), in Arabic (demo detainee 58: Arabic, reading support)
 * and in easy-to-read French (demo detainee 54: French, reading support), each in the profile's
 * language from the login. Every screen shows its translated words and has speaker buttons in the
 * page's language; screenshots under target/screenshots (journey-ar-*, journey-falc-*).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskJourneysBrowserIT {

    /** What each screen of the journeys says in one language (from its kiosk bundle). */
    record Words(String tag, String lang, String dir, String weekTitle, String nextWeek, String trainingsTitle,
            String askTitle, String sentTitle, String sentLead, String hoursTitle, String hoursIntro, String month,
            String noSessions, String planned) {
    }

    static final Words ARABIC = new Words("ar", "ar", "rtl", "برنامجي", "الأسبوع التالي", "التكوين",
            "طلب هذا التكوين", "تم الإرسال", "تم إرسال طلبك.", "ساعاتي", "المس فترة لترى حصصك.", "هذا الشهر",
            "لا توجد حصة في هذه الفترة.", "المقرر:");

    static final Words EASY_FRENCH = new Words("fr-facile", "fr", "ltr", "Mon planning", "Semaine d'après",
            "Formations", "Demander cette formation", "C'est envoyé", "Votre demande est partie.", "Mes heures",
            "Touchez une période. Vous voyez vos séances.", "Ce mois-ci", "Pas de séance ici.", "Prévu :");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void inArabic_myWeek_aTrainingRequest_andMyHours() {
        journeys(58, ARABIC, "journey-ar");
    }

    @Test
    void inEasyToReadFrench_myWeek_aTrainingRequest_andMyHours() {
        journeys(54, EASY_FRENCH, "journey-falc");
    }

    private void journeys(int detainee, Words words, String shots) {
        KioskHomePage home = KioskHomePage.logInInProfileLanguage(driver, base, DemoTerminal.WORKSHOP, detainee);
        assertEquals(words.tag(), home.languageTag());
        assertEquals(words.lang(), home.language());
        assertEquals(words.dir(), home.direction());
        Browser.screenshot(driver, shots + "-0-home");

        // See my week, then the next one.
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-schedule")).click());
        assertEquals(words.weekTitle(), title());
        assertListenButtons(words.lang(), "main section");
        Browser.screenshot(driver, shots + "-1-week");
        assertEquals(words.nextWeek(), driver.findElement(By.id("next-week")).getText().strip());
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("next-week")).click());
        assertEquals(words.weekTitle(), title());
        assertEquals(7, driver.findElements(By.cssSelector("main section h2")).size(), "seven days in the week");
        Browser.screenshot(driver, shots + "-2-next-week");

        // Ask for a training: the list, an open training's confirm screen, the receipt.
        home();
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-training")).click());
        assertEquals(words.trainingsTitle(), title());
        assertListenButtons(words.lang(), "li.offer");
        Browser.screenshot(driver, shots + "-3-trainings");
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("li.offer-open a")).click());
        assertEquals(words.askTitle(), title());
        assertListenButtons(words.lang(), "main h1");
        Browser.screenshot(driver, shots + "-4-ask");
        KioskSentPage sent = new KioskAskPage(driver).send();
        assertTrue(sent.receipt().matches("[A-Z0-9-]+"), sent.receipt());
        assertEquals(words.sentTitle(), title());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(words.sentLead()),
                driver.findElement(By.tagName("main")).getText());
        assertListenButtons(words.lang(), "main h1");
        Browser.screenshot(driver, shots + "-5-sent");

        // See my hours: the periods, then this month's sessions.
        home();
        KioskHoursPage hours = KioskHoursPage.fromHome(driver);
        assertEquals(words.hoursTitle(), title());
        assertTrue(hours.period("MONTH").contains(words.month()), hours.period("MONTH"));
        assertEquals(words.hoursIntro(), driver.findElement(By.id("intro")).getText().strip());
        assertListenButtons(words.lang(), "li.hours-period");
        Browser.screenshot(driver, shots + "-6-hours");
        hours.sessions("MONTH");
        assertEquals(words.month(), title());
        String main = driver.findElement(By.tagName("main")).getText();
        assertTrue(!hours.lines().isEmpty() || main.contains(words.noSessions()), "no sessions, said in the person's language: " + main);
        for (WebElement line : hours.lines()) {
            assertTrue(line.getText().contains(words.planned()), "a session line in the person's language: " + line.getText());
        }
        assertListenButtons(words.lang(), "main h1");
        Browser.screenshot(driver, shots + "-7-hours-month");
    }

    private void home() {
        driver.get(base + "kiosk/index.xhtml");
        Waits.textOf(driver, By.id("welcome"));
    }

    private String title() {
        return Waits.textOf(driver, By.cssSelector("main h1"));
    }

    /**
     * Every speaker button reads in the page's language, and the blocks named (by a CSS selector) each
     * have theirs: the button stands just before the block or inside it, at the start.
     */
    private void assertListenButtons(String lang, String blocks) {
        List<WebElement> buttons = driver.findElements(By.cssSelector("button.read-aloud-listen"));
        assertTrue(buttons.size() >= 2, buttons.size() + " speaker buttons on " + driver.getCurrentUrl());
        for (WebElement button : buttons) {
            assertEquals(lang, button.getAttribute("data-listen-lang"), "speaker " + button.getAttribute("outerHTML"));
        }
        List<WebElement> shown = driver.findElements(By.cssSelector(blocks));
        assertTrue(!shown.isEmpty(), "no " + blocks + " on " + driver.getCurrentUrl());
        for (WebElement block : shown) {
            boolean before = !block.findElements(By.xpath("./preceding-sibling::*[1][self::button[@class='read-aloud-listen']]"))
                    .isEmpty();
            boolean inside = !block.findElements(By.cssSelector("button.read-aloud-listen")).isEmpty();
            assertTrue(before || inside, blocks + " without its speaker: " + block.getAttribute("outerHTML"));
        }
    }
}
