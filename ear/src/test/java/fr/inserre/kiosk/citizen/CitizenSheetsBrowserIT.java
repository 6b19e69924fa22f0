package fr.inserre.kiosk.citizen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.KioskCitizenPage;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.browser.pages.StaffSheetsPage;
import fr.inserre.kiosk.demo.DemoCitizen;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The espace citoyen in headless Chromium, on the demo data: a detainee reads an easy-to-read sheet and
 * opens its full version; a Spanish reader gets the Spanish sheet, or the French one with a notice; the
 * CPIP publishes the demo's draft and a detainee finds it on the kiosk. Demo detainees 90 to 92.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CitizenSheetsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void detainee_readsTheEasyVersionFirst_thenTheFullOne() {
        KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 90);
        KioskCitizenPage citizen = KioskCitizenPage.fromHome(driver);
        assertEquals("Espace citoyen : mes droits", citizen.title());
        assertTrue(citizen.topics().contains("Papiers d'identité"), citizen.topics().toString());
        assertFalse(citizen.topics().contains("Voter"), "the voting sheet is a draft: " + citizen.topics());

        citizen.openTopic("Papiers d'identité").openSheet(DemoCitizen.IDENTITY_TITLE);

        assertEquals(DemoCitizen.IDENTITY_TITLE, citizen.title());
        assertEquals("Version facile à lire", citizen.version());
        assertTrue(citizen.body().contains("Demandez de l'aide à votre CPIP."), citizen.body());
        assertEquals("", citizen.fallbackNotice());
        Browser.screenshot(driver, "kiosk-citizen-sheet-easy");

        citizen.showFull();

        assertEquals("Version complète", citizen.version());
        assertTrue(citizen.body().contains("Qui peut la demander ?"), citizen.body());
        assertFalse(citizen.body().contains("Demandez de l'aide à votre CPIP."), citizen.body());
        assertEquals("Version facile à lire", citizen.showEasy().version());
    }

    @Test
    void spanishReader_getsTheSpanishSheet_orTheEasyFrenchOneWithANotice() {
        KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 91);
        KioskCitizenPage citizen = KioskCitizenPage.fromHome(driver).switchLanguage("Español");

        citizen.openTopic("Documentos de identidad").openSheet("Renovar el documento de identidad francés");
        assertEquals("es", citizen.bodyLanguage());
        assertTrue(citizen.body().contains("Pida ayuda a su consejero (CPIP)."), citizen.body());
        assertEquals("", citizen.fallbackNotice());

        KioskCitizenPage.viaCitizenLink(driver).openTopic("Salud y seguro médico")
                .openSheet("La CSS (complémentaire santé solidaire)");
        Browser.screenshot(driver, "kiosk-citizen-sheet-fallback-es");

        assertEquals("Esta ficha todavía no existe en español: aquí tiene la versión en francés fácil.",
                citizen.fallbackNotice());
        assertEquals("fr", citizen.bodyLanguage());
        assertTrue(citizen.body().contains("En prison, vos soins sont payés."), citizen.body());
    }

    @Test
    void partnerDirectory_listsThePartnersWhoCome() {
        KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 93);

        KioskCitizenPage partners = KioskCitizenPage.fromHome(driver).openPartners();

        assertEquals("Les partenaires", partners.title());
        assertTrue(partners.partnerNames().containsAll(java.util.List.of("France Travail", "CAF du Pas-de-Calais",
                "Point d'accès au droit")), partners.partnerNames().toString());
    }

    @Test
    void cpip_publishesADraft_andTheKioskShowsIt() {
        StaffLoginPage.open(driver, base).logIn("cpip", "inserre-cpip");
        StaffSheetsPage sheets = StaffSheetsPage.fromMenu(driver);
        assertTrue(sheets.row(DemoCitizen.DRAFT_TITLE).contains("Brouillon"), sheets.row(DemoCitizen.DRAFT_TITLE));
        sheets.open(DemoCitizen.DRAFT_TITLE);
        Browser.screenshot(driver, "staff-citizen-sheet");

        String confirmation = sheets.publish();

        assertTrue(confirmation.contains("Fiche publiée"), confirmation);
        assertEquals("Publiée", sheets.status());

        driver.manage().deleteCookieNamed("JSESSIONID");
        KioskHomePage.logIn(driver, base, DemoTerminal.CITIZEN_SPACE, 92);
        KioskCitizenPage citizen = KioskCitizenPage.fromHome(driver).openTopic("Voter");
        assertEquals(java.util.List.of(DemoCitizen.DRAFT_TITLE), citizen.sheetTitles());
        citizen.openSheet(DemoCitizen.DRAFT_TITLE);
        assertTrue(citizen.body().contains("vous pouvez voter"), citizen.body());

        // Leave the demo as it was: the sheet is a draft again, and the kiosk no longer shows it.
        driver.manage().deleteCookieNamed("JSESSIONID");
        StaffLoginPage.open(driver, base).logIn("cpip", "inserre-cpip");
        StaffSheetsPage again = StaffSheetsPage.fromMenu(driver).open(DemoCitizen.DRAFT_TITLE);
        assertTrue(again.unpublish().contains("retirée"));
        assertEquals("Brouillon", again.status());
    }
}
