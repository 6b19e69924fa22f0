package fr.inserre.kiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;

/** What a detainee sees on the kiosk home, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskHomeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void home_isInFrench_byDefault_evenForAnEnglishBrowser() {
        KioskHomePage home = KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 10);
        Browser.screenshot(driver, "kiosk-home-fr");

        assertEquals("Accueil", home.title());
        assertEquals("fr", home.language());
        assertEquals("ltr", home.direction());
        assertTrue(home.intro().contains("Touchez une case pour commencer."), home.intro());
        assertTrue(home.welcome().startsWith("Bonjour "), home.welcome());
    }

    @Test
    void home_showsTheFeatureTiles_withLabelsAndPictograms() {
        KioskHomePage home = KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 11);

        assertEquals("Mon planning", home.tileLabel("tile-schedule"));
        assertEquals("Formations", home.tileLabel("tile-training"));
        assertEquals("Travail", home.tileLabel("tile-work"));
        assertEquals("Mes heures", home.tileLabel("tile-hours"));
        assertEquals("Espace citoyen", home.tileLabel("tile-citizen"));
        assertEquals("Mes demandes", home.tileLabel("tile-requests"));
        assertEquals("Nouvelle requête", home.tileLabel("tile-new-request"));
        assertEquals("Rendez-vous", home.tileLabel("tile-appointment"));
        for (String id : KioskHomePage.TILE_IDS) {
            assertEquals(1, home.tile(id).findElements(org.openqa.selenium.By.cssSelector("i.kiosk-tile-icon[aria-hidden='true']"))
                    .size(), id + " has one decorative pictogram");
        }
    }

    @Test
    void tiles_areTouchTargetsOfAtLeast48Pixels() {
        KioskHomePage home = KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 12);

        for (String id : KioskHomePage.TILE_IDS) {
            Rectangle box = home.tile(id).getRect();
            assertTrue(box.getHeight() >= 48 && box.getWidth() >= 48, id + " is " + box.getDimension());
        }
    }

    @Test
    void tilesOfFeaturesNotYetBuilt_sayComingSoon_insteadOfLeadingNowhere() {
        KioskHomePage home = KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 13);

        for (String id : KioskHomePage.TILE_IDS) {
            if (!KioskHomePage.COMING_TILE_IDS.contains(id)) {
                assertEquals("a", home.tile(id).getTagName(), id + " exists");
            }
        }
        for (String id : KioskHomePage.COMING_TILE_IDS) {
            assertEquals("div", home.tile(id).getTagName(), id + " is not a link");
            assertEquals("true", home.tile(id).getAttribute("aria-disabled"));
            assertTrue(home.tile(id).getText().contains("Bientôt disponible"), id);
        }
    }

    @Test
    void languageSwitch_showsTheHomeInEnglish_andBackInFrench() {
        KioskHomePage english = KioskHomePage.logIn(driver, base, DemoTerminal.WORKSHOP, 14).switchLanguage("English");
        Browser.screenshot(driver, "kiosk-home-en");

        assertEquals("Home", english.title());
        assertEquals("en", english.language());
        assertEquals("My schedule", english.tileLabel("tile-schedule"));

        KioskHomePage french = english.switchLanguage("Français");
        assertEquals("Accueil", french.title());
    }
}
