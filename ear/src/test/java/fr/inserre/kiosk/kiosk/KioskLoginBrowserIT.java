package fr.inserre.kiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskLoginPage;
import fr.inserre.kiosk.browser.pages.KioskPinPage;
import fr.inserre.kiosk.browser.pages.StaffDetaineeListPage;
import fr.inserre.kiosk.browser.pages.StaffSettingsPage;
import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A detainee at a kiosk: badge + PIN at the terminal of their cell, their own PIN chosen at the first
 * login, the screen blank of them after "Quitter" or when left idle, and the cell rule. Each test uses
 * its own demo detainee (B100001 + index). The idle test has the direction shorten the demo
 * establishment's idle timeout to 30 s on its settings page (first) and put it back (last).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskLoginBrowserIT {

    static final int IDLE_SECONDS = 30;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void shortenTheDemoIdleTimeout() {
        StaffSettingsPage.setKioskIdleTimeout(base, IDLE_SECONDS);
    }

    @Test
    @Order(2)
    void detaineeOfTheCell_logsIn_choosesTheirPin_seesTheirName_andLeavesNothingBehind() {
        WebDriver driver = Browser.open();
        try {
            DemoTerminal.actAs(driver, base, DemoTerminal.CELL_A_001);
            long start = System.nanoTime();
            KioskLoginPage.open(driver, base).logIn(DemoDataLoader.badge(0), DemoDataLoader.DEMO_PIN);
            long roundTrip = (System.nanoTime() - start) / 1_000_000;
            System.out.println("Kiosk login round trip (page, badge, 6 keypad taps, submit, next page): " + roundTrip + " ms");

            KioskPinPage pin = new KioskPinPage(driver);
            assertTrue(pin.isShown(), "a PIN given by staff is changed at the first login");
            pin.choose("111111");
            // Read once the refusal is there: reading at once met the page being replaced (stale element).
            String refusal = Waits.textOf(driver, By.cssSelector("#pin\\:messages"));
            assertTrue(refusal.contains("trop facile"), refusal);
            pin.choose(KioskHomePage.CHOSEN_PIN);
            KioskHomePage home = new KioskHomePage(driver);
            Browser.screenshot(driver, "kiosk-home-logged-in");
            String name = home.welcome().replace("Bonjour", "").strip();
            assertFalse(name.isEmpty());

            driver.findElement(By.id("logout-button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> new KioskLoginPage(d).isShown());
            KioskLoginPage login = new KioskLoginPage(driver);
            assertEquals("Vous êtes sorti. À bientôt.", login.notice());
            driver.navigate().back();
            assertFalse(driver.getPageSource().contains(name), "nothing of the previous person, back button included");

            KioskLoginPage.open(driver, base).logIn(DemoDataLoader.badge(0), KioskHomePage.CHOSEN_PIN);
            assertTrue(new KioskHomePage(driver).welcome().contains(name), "the chosen PIN works");
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(3)
    void anotherCellsDetainee_isRefusedAtThisCellsTerminal() {
        WebDriver driver = Browser.open();
        try {
            DemoTerminal.actAs(driver, base, DemoTerminal.CELL_A_001);
            KioskLoginPage login = KioskLoginPage.open(driver, base);
            login.logIn(DemoDataLoader.badge(1), DemoDataLoader.DEMO_PIN);

            assertEquals("Cette borne est celle d'une autre cellule. Utilisez la borne de votre cellule.",
                    new KioskLoginPage(driver).error());
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(4)
    void wrongPin_andUnknownBadge_getTheSamePlainMessage() {
        WebDriver driver = Browser.open();
        try {
            DemoTerminal.actAs(driver, base, DemoTerminal.WORKSHOP);
            KioskLoginPage login = KioskLoginPage.open(driver, base);
            login.logIn(DemoDataLoader.badge(2), "135790");
            String wrongPin = new KioskLoginPage(driver).error();
            KioskLoginPage.open(driver, base).logIn("B999999", DemoDataLoader.DEMO_PIN);

            assertEquals("Badge ou code incorrect. Réessayez.", wrongPin);
            assertEquals(wrongPin, new KioskLoginPage(driver).error());
            assertEquals("", driver.findElement(By.id("login:pin")).getAttribute("value"), "the PIN is never redisplayed");
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(5)
    void idleKiosk_showsTheCountdown_thenLogsOut_andShowsNothingOfThePerson() {
        WebDriver driver = Browser.open();
        try {
            KioskHomePage home = KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 3);
            String name = home.welcome().replace("Bonjour", "").strip();
            assertEquals(String.valueOf(IDLE_SECONDS), driver.findElement(By.tagName("body"))
                    .getAttribute("data-idle-seconds"));

            new WebDriverWait(driver, Duration.ofSeconds(IDLE_SECONDS))
                    .until(d -> d.findElement(By.id("idle-warning")).isDisplayed());
            Browser.screenshot(driver, "kiosk-idle-countdown");
            int shown = Integer.parseInt(driver.findElement(By.id("idle-count")).getText());
            assertTrue(shown > 0 && shown <= 20, "countdown shows " + shown);

            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("/kiosk/identity/login.xhtml"));
            assertEquals("Vous avez été déconnecté car la borne est restée sans activité.",
                    new KioskLoginPage(driver).notice());
            assertFalse(driver.getPageSource().contains(name));
            driver.get(base + "kiosk/index.xhtml");
            assertTrue(new KioskLoginPage(driver).isShown(), "the session is over on the server too");
        } finally {
            driver.quit();
        }
    }

    @Test
    @Order(6)
    void consultationOfTheFileByStaff_isShownToTheDetainee_withTheRoleNotTheName() {
        WebDriver staff = Browser.open();
        WebDriver kiosk = Browser.open();
        try {
            // The demo detainee with badge index 4 sits in cell A-005.
            StaffDetaineeListPage.openAs(staff, base, "direction").filter("cell", "A-005");
            staff.findElement(By.cssSelector("#detainees\\:table_data > tr[data-ri] a")).click();
            assertEquals("A-005", staff.findElement(By.id("cell")).getText());

            KioskHomePage.logIn(kiosk, base, DemoTerminal.WORKSHOP, 4);
            kiosk.findElement(By.id("consultations")).click();
            Browser.screenshot(kiosk, "kiosk-consultations");
            String list = kiosk.findElement(By.id("consultations")).getText();
            assertTrue(list.contains("Direction"), list);
            assertFalse(list.contains("Garnier") || list.contains("direction"), "the role, not the person: " + list);
        } finally {
            staff.quit();
            kiosk.quit();
        }
    }

    @Test
    @Order(99)
    void restoreTheDemoIdleTimeout() {
        StaffSettingsPage.setKioskIdleTimeout(base, 120);
    }
}
