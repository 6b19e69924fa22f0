package fr.inserre.kiosk.admission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.StaffAdmissionPage;
import fr.inserre.kiosk.browser.pages.StaffCellsPage;
import fr.inserre.kiosk.browser.pages.StaffDetaineeListPage;
import fr.inserre.kiosk.browser.pages.StaffRosterImportPage;
import fr.inserre.kiosk.testing.Deployments;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The admission desk in headless Chromium, in an establishment of its own
 * ({@link AdmissionBrowserFixture}): an admission ends on the slip with badge and PIN, in the kiosk
 * language picked by its own name (easy-to-read French being French with reading support); a broken roster
 * shows every problem with its line and column and cannot be imported; a good one imports with its
 * progress bar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAdmissionBrowserIT {

    static final String HEADER =
            "numero_ecrou;nom;prenom;date_naissance;cellule;date_entree;date_liberation_prevue;statut;date_sortie\n";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AdmissionBrowserFixture.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    private static String number() {
        return "26B" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
    }

    private static Path csv(String body) throws IOException {
        Path file = Files.createTempFile("roster", ".csv");
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void direction_admitsAPerson_andSeesTheSlipWithBadgeAndInitialPin() {
        StaffAdmissionPage page = StaffAdmissionPage.openAs(driver, base, AdmissionBrowserFixture.LOGIN,
                AdmissionBrowserFixture.PASSWORD);
        String number = number();
        assertEquals(List.of("Français", "Français facile", "English", "العربية", "Español", "Română"),
                page.languageChoices());
        assertEquals(List.of("fr", "fr", "en", "ar", "es", "ro"), page.languageChoiceMarks(),
                "each name marked with its own language");

        page.language("العربية").admit(number, "Diallo", "Aminata", "12/05/1998");
        Browser.screenshot(driver, "admission-slip");

        assertTrue(page.slipShown(), () -> page.error());
        assertEquals(number, page.slip("prison-number"));
        assertEquals("DIALLO Aminata", page.slip("name"));
        assertTrue(page.slip("cell").startsWith("G-"), page.slip("cell"));
        assertTrue(page.slip("badge").matches("B\\d{8}"), page.slip("badge"));
        assertTrue(page.slip("pin").matches("\\d{6}"), "the initial PIN is printed");
        assertFalse(driver.findElements(By.id("admit:print")).isEmpty(), "a print button");
        assertEquals(List.of("arabe", "Non"), languageAndReadingSupport(number));
    }

    @Test
    void direction_closesAFreeCellWithAReason_theAdmissionFormNoLongerOffersIt_untilReopened() {
        // A cell no other test here admits or imports into (admissions take the first free cells, the good
        // roster G-039 and G-040).
        String cell = String.format("G-%03d", AdmissionBrowserFixture.CELLS - 2);
        StaffCellsPage cells = StaffCellsPage.openAs(driver, base, AdmissionBrowserFixture.LOGIN,
                AdmissionBrowserFixture.PASSWORD);

        cells.close(cell, "Travaux de peinture");

        assertEquals("Cellule " + cell + " fermée : plus personne n'y est affecté jusqu'à sa réouverture.", cells.message());
        assertTrue(cells.state(cell).startsWith("Fermée depuis le "), cells.state(cell));
        assertTrue(cells.state(cell).endsWith(" : Travaux de peinture"), cells.state(cell));
        driver.get(base + "staff/admission/admit.xhtml");
        assertFalse(new StaffAdmissionPage(driver).cellChoices().contains(cell));

        driver.get(base + "staff/establishment/cells.xhtml");
        cells.reopen(cell);

        assertEquals("En service", cells.state(cell));
        driver.get(base + "staff/admission/admit.xhtml");
        assertTrue(new StaffAdmissionPage(driver).cellChoices().contains(cell));
    }

    @Test
    void easyToReadFrench_isFrenchWithReadingSupport() {
        StaffAdmissionPage page = StaffAdmissionPage.openAs(driver, base, AdmissionBrowserFixture.LOGIN,
                AdmissionBrowserFixture.PASSWORD);
        String number = number();

        page.language("Français facile").admit(number, "Lefebvre", "Kévin", "03/09/1990");

        assertTrue(page.slipShown(), () -> page.error());
        assertEquals(List.of("français", "Oui"), languageAndReadingSupport(number));
    }

    /** The person's language and reading support, as the detainees' list shows them. */
    private List<String> languageAndReadingSupport(String number) {
        driver.get(base + "staff/detainees/list.xhtml");
        StaffDetaineeListPage list = new StaffDetaineeListPage(driver).only(number);
        return List.of(list.column("language").get(0), list.column("readingSupport").get(0));
    }

    @Test
    void brokenRoster_showsEveryProblemWithLineAndColumn_andCannotBeImported() throws IOException {
        StaffRosterImportPage page = StaffRosterImportPage.openAs(driver, base, AdmissionBrowserFixture.LOGIN,
                AdmissionBrowserFixture.PASSWORD);
        Path file = csv("26BRK01;DUPONT;Jean;14/03/1990;G-001;31/02/2026;;PRESENT;\n"
                + "26BRK02;DURAND;Paul;14/03/1990;Z-999;05/01/2026;;PRESENT;\n"
                + "26BRK01;MARTIN;Ali;14/03/1990;G-002;05/01/2026;;PRESENT;\n");
        try {
            page.upload(file);
            Browser.screenshot(driver, "roster-import-problems");

            assertTrue(page.rejected().startsWith("Le fichier contient 3 problème(s)"), page.rejected());
            assertFalse(page.canConfirm());
            List<List<String>> problems = page.problems();
            assertEquals(List.of("2", "date_entree"), problems.get(0).subList(0, 2));
            assertTrue(problems.get(0).get(2).contains("« 31/02/2026 » n'est pas une date valable"), problems.toString());
            assertEquals(List.of("3", "cellule"), problems.get(1).subList(0, 2));
            assertTrue(problems.get(1).get(2).contains("la cellule Z-999 n'existe pas"), problems.toString());
            assertEquals(List.of("4", "numero_ecrou"), problems.get(2).subList(0, 2));
            assertTrue(problems.get(2).get(2).contains("déjà à la ligne 2"), problems.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void goodRoster_showsTheDryRunCounts_thenImportsWithItsProgressBar() throws IOException {
        StaffRosterImportPage page = StaffRosterImportPage.openAs(driver, base, AdmissionBrowserFixture.LOGIN,
                AdmissionBrowserFixture.PASSWORD);
        Path file = csv("26IMP01;ROSTER;Un;14/03/1990;G-039;05/01/2026;;PRESENT;\n"
                + "26IMP02;ROSTER;Deux;14/03/1991;G-040;05/01/2026;31/12/2026;PRESENT;\n"
                + "24OLD01;ANCIEN;Trois;14/03/1980;;05/01/2024;;LIBERE;05/01/2025\n");
        try {
            page.upload(file);

            assertEquals("Admissions : 2", page.count("admissions"));
            assertEquals("Sorties de personnes jamais enregistrées ici (ignorées) : 1", page.count("ignored"));
            page.confirm();
            Browser.screenshot(driver, "roster-import-done");

            assertEquals("Admissions : 2", page.done("admissions"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void spreadsheetFile_isRefusedWithAPlainMessage() throws IOException {
        StaffRosterImportPage page = StaffRosterImportPage.openAs(driver, base, AdmissionBrowserFixture.LOGIN,
                AdmissionBrowserFixture.PASSWORD);
        Path file = Files.createTempFile("roster", ".csv");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0});
        try {
            page.upload(file);

            assertTrue(page.problems().get(0).get(2).startsWith("Ce fichier n'est pas un fichier texte CSV"),
                    page.problems().toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
