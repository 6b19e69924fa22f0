package fr.inserre.kiosk.pay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.ErrorPage;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.browser.pages.StaffPayRatesPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The direction records a dated SMIC value on the pay rates page and sees it; a supervisor is not let in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayRatesBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void direction_recordsADatedMinimumWage_seesItComing_andWithdrawsIt() {
        // Far ahead and random: it prices no other test's hours and a second run on the same database works.
        LocalDate from = LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");
        driver.findElement(By.id("nav-pay-rates")).click();
        StaffPayRatesPage page = new StaffPayRatesPage(driver);
        assertTrue(page.currentRow(0).contains("12,02"), page.currentRow(0));
        assertTrue(page.currentRow(2).contains("33 %") && page.currentRow(2).contains("3,97"), page.currentRow(2));

        String confirmation = page.recordMinimumWage(from, "25,50");

        assertTrue(confirmation.contains("Valeur enregistrée"), confirmation);
        String row = page.historyRow(from).orElseThrow();
        assertTrue(row.contains("25,50") && row.contains("Nationale") && row.contains("direction"), row);
        assertTrue(page.currentRow(0).contains("25,50"), "shown as upcoming: " + page.currentRow(0));
        Browser.screenshot(driver, "staff-pay-rates");
        String refusal = page.recordMinimumWage(from, "26,00");
        assertTrue(refusal.contains("commence déjà"), refusal);

        assertTrue(page.withdraw(from).contains("Valeur retirée"));
        assertFalse(page.historyRow(from).isPresent());
    }

    @Test
    void supervisor_isNotLetIntoThePayRates() {
        StaffLoginPage.open(driver, base).logIn("surveillant", "inserre-surveillant");
        assertTrue(driver.findElements(By.id("nav-pay-rates")).isEmpty(), "no menu entry");

        driver.get(base + "staff/pay/rates.xhtml");

        assertEquals("Accès refusé", new ErrorPage(driver).title());
    }
}
