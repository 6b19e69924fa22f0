package fr.inserre.kiosk.request.commission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.StaffCommissionPage;
import fr.inserre.kiosk.testing.AsDetainee;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A commission in headless Chromium, in an establishment of its own ({@link CommissionBrowserFixture},
 * where three detainees asked at the kiosk): the direction plans it, puts the pending requests on its
 * agenda, records every decision on the meeting screen, closes it and reads the minutes. No demo
 * detainee is used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommissionBrowserIT {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CommissionBrowserFixture.class, AsDetainee.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void direction_plansAddsRecordsAndCloses_thenReadsTheMinutes() {
        try {
            plansAddsRecordsAndCloses();
        } catch (RuntimeException | AssertionError failed) {
            Browser.screenshot(driver, "commission-failed");
            throw failed;
        }
    }

    private void plansAddsRecordsAndCloses() {
        LocalDate today = LocalDate.now(PARIS);
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        StaffCommissionPage page = StaffCommissionPage.openListAs(driver, base, CommissionBrowserFixture.LOGIN,
                CommissionBrowserFixture.PASSWORD);

        page.plan(today, "Mme Leroy (directrice), M. Petit (RLE)");
        assertTrue(page.messages().contains("Commission planifiée"), page.messages());
        String added = page.addAllPending();
        assertTrue(added.contains("3 demande(s) ajoutée(s)"), added);

        int trainee = page.rowOf(CommissionBrowserFixture.TRAINEE);
        int worker = page.rowOf(CommissionBrowserFixture.WORKER);
        int anyWork = page.rowOf(CommissionBrowserFixture.ANY_WORK);
        page.decide(trainee, "Accepter").text(trainee, "Bienvenue en formation").firstDay(trainee, monday);
        page.decide(worker, "Refuser").reason(worker, "Les prérequis ne sont pas remplis");
        page.decide(anyWork, "Reporter").text(anyWork, "Attendre un poste adapté");
        Browser.screenshot(driver, "commission-session");
        String closed = page.close();

        assertTrue(closed.contains("Commission close : 2 décision(s) appliquée(s), 1 demande(s) reportée(s)"), closed);
        List<String> minutes = page.minutes();
        Browser.screenshot(driver, "commission-minutes");
        assertTrue(page.minutesHeader().contains("Mme Leroy (directrice)"), page.minutesHeader());
        assertEquals(3, minutes.size(), minutes::toString);
        String training = rowOf(minutes, CommissionBrowserFixture.TRAINEE);
        assertTrue(training.contains(CommissionBrowserFixture.TRAINING) && training.contains("Accord")
                && training.contains("Bienvenue en formation") && training.contains("Acceptée"), training);
        String refused = rowOf(minutes, CommissionBrowserFixture.WORKER);
        assertTrue(refused.contains("Refus – Les prérequis ne sont pas remplis") && refused.contains("Refusée"), refused);
        String deferred = rowOf(minutes, CommissionBrowserFixture.ANY_WORK);
        assertTrue(deferred.contains("Tout travail") && deferred.contains("Report")
                && deferred.contains("En cours d'examen"), deferred);
    }

    private static String rowOf(List<String> rows, String name) {
        return rows.stream().filter(row -> row.toUpperCase().contains(name.toUpperCase())).findFirst().orElse("");
    }
}
