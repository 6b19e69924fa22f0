package fr.inserre.kiosk.inclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.KioskAskPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.browser.pages.KioskOffersPage;
import fr.inserre.kiosk.browser.pages.KioskSchedulePage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The kiosk in the detainee's own language (issue 11): the profile's language at login, Arabic right
 * to left with mirrored navigation, easy-to-read French, a choice remembered for the next login, and
 * read-aloud buttons in the page's language. Demo detainees 108 (French, reading support), 110
 * (French) and 111 (Arabic, reading support); screenshots under target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskLanguagesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void arabicSpeaker_seesTheKioskInArabic_rightToLeft_andMyWeekWithMirroredNavigation() {
        KioskHomePage home = KioskHomePage.logInInProfileLanguage(driver, base, DemoTerminal.WORKSHOP, 111);
        Browser.screenshot(driver, "inclusion-home-ar");

        assertEquals("ar", home.language());
        assertEquals("rtl", home.direction());
        assertEquals("الصفحة الرئيسية", home.title());
        assertEquals("برنامجي", home.tileLabel("tile-schedule"));
        assertEquals(1, driver.findElements(By.cssSelector("#language input[value='Français']")).size(),
                "French is always offered under its own name");
        assertListenButtons("ar");

        KioskSchedulePage week = KioskSchedulePage.fromHome(driver);
        assertEquals("برنامجي", week.title());
        week = week.nextWeek();
        Browser.screenshot(driver, "inclusion-week-ar");
        WebElement previous = driver.findElement(By.id("previous-week"));
        WebElement next = driver.findElement(By.id("next-week"));
        assertTrue(next.getRect().getX() < previous.getRect().getX(),
                "right to left, the next week is on the left: next " + next.getRect().getX() + ", previous "
                        + previous.getRect().getX());
        String transform = (String) ((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(arguments[0]).transform;", next.findElement(By.cssSelector(".pi-arrow-right")));
        assertTrue(transform.startsWith("matrix(-1"), "the arrow points the way Arabic reads: " + transform);
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("الأسبوع التالي"));
    }

    @Test
    void frenchReaderNeedingSupport_getsEasyToReadFrench_andAsksForATraining() {
        KioskHomePage home = KioskHomePage.logInInProfileLanguage(driver, base, DemoTerminal.WORKSHOP, 108);
        Browser.screenshot(driver, "inclusion-home-falc");

        assertEquals("fr-facile", home.languageTag());
        assertEquals("fr", home.language(), "easy-to-read French is French for the browser and its voices");
        assertEquals("Touchez une case.", home.intro().replace(home.welcome(), "").strip());
        assertEquals("auto", driver.findElement(By.tagName("body")).getAttribute("data-read-aloud"),
                "a person who needs reading support hears every screen");
        assertEquals("true", driver.findElement(By.id("read-aloud:read-aloud-auto")).getAttribute("aria-pressed"));

        KioskOffersPage trainings = KioskOffersPage.trainingsFromHome(driver);
        driver.findElement(By.cssSelector("li.offer-open a")).click();
        Browser.screenshot(driver, "inclusion-ask-falc");
        new KioskAskPage(driver).send().receipt();
        Browser.screenshot(driver, "inclusion-sent-falc");
        assertEquals("C'est envoyé", driver.findElement(By.cssSelector("main h1")).getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains("Votre demande est partie."));
        assertFalse(trainings.title().isEmpty());
    }

    @Test
    void languageChosenOnTheKiosk_isRememberedForTheNextLogin() {
        KioskHomePage home = KioskHomePage.logInInProfileLanguage(driver, base, DemoTerminal.WORKSHOP, 110);
        assertEquals("fr", home.languageTag());

        KioskHomePage spanish = home.switchLanguage("Español");
        assertEquals("Inicio", spanish.title());
        assertEquals("es", spanish.language());
        assertListenButtons("es");

        driver.findElement(By.id("logout-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> new KioskLoginPage(d).isShown());
        driver.manage().deleteCookie(new Cookie("JSESSIONID", ""));
        KioskLoginPage.open(driver, base).logIn("B" + (100_001 + 110), KioskHomePage.CHOSEN_PIN);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("tile-schedule")).isEmpty());
        KioskHomePage again = new KioskHomePage(driver);

        assertEquals("es", again.languageTag());
        assertEquals("Mi horario", again.tileLabel("tile-schedule"));
        again.switchLanguage("Français");
    }

    /** Every tile and the title have a speaker button in the page's language. */
    private void assertListenButtons(String language) {
        List<WebElement> buttons = driver.findElements(By.cssSelector("button.read-aloud-listen"));
        assertTrue(buttons.size() >= KioskHomePage.TILE_IDS.size() + 1, buttons.size() + " speaker buttons");
        for (WebElement button : buttons) {
            assertEquals(language, button.getAttribute("data-listen-lang"));
        }
        for (String tile : KioskHomePage.TILE_IDS) {
            assertEquals(1, driver.findElement(By.id(tile)).findElements(By.xpath("./ancestor::li[1]//button[@class='read-aloud-listen']")).size(),
                    tile + " has its speaker");
        }
    }
}
