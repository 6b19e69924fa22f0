package fr.inserre.kiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.pages.StaffDetaineeListPage;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URL;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The back-office list of detainees of the demo establishment, in headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffDetaineeListBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    @Test
    void staffHome_listsTheEstablishmentsDetainees_25PerPage() {
        StaffDetaineeListPage list = StaffDetaineeListPage.openAs(driver, base, "direction");
        Browser.screenshot(driver, "staff-detainees");

        assertEquals("Personnes détenues", list.title());
        assertEquals("120 résultat(s)", list.report());
        assertEquals(25, list.rows().size());
        List<String> names = list.column("name");
        Collator french = Collator.getInstance(Locale.FRENCH);
        french.setStrength(Collator.PRIMARY);
        assertEquals(names.stream().sorted(french).toList(), names, "sorted by name as the database collates");
    }

    @Test
    void nameFilter_keepsOnlyMatchingDetainees_ignoringCase() {
        StaffDetaineeListPage list = StaffDetaineeListPage.openAs(driver, base, "direction");
        String someone = list.column("name").get(0).split(" ")[0];

        list.filter("name", someone.toLowerCase());

        assertTrue(list.column("name").stream().allMatch(n -> n.startsWith(someone)), list.column("name").toString());
        assertTrue(!list.report().equals("120 résultat(s)"), list.report());
    }

    @Test
    void statusFilter_released_showsTheEmptyMessage_inTheDemo() {
        StaffDetaineeListPage list = StaffDetaineeListPage.openAs(driver, base, "direction");

        list.filterBySelect("status", "statusFilter", "Libéré");

        assertEquals("0 résultat(s)", list.report());
        assertEquals("Aucun résultat pour ces filtres.", list.emptyMessage());
    }

    @Test
    void cellHeader_sortsByCell_onTheServer() {
        StaffDetaineeListPage list = StaffDetaineeListPage.openAs(driver, base, "direction");

        list.sortBy("cell");

        List<String> cells = list.column("cell");
        assertEquals("A-001", cells.get(0));
        assertEquals(cells.stream().sorted().toList(), cells);
    }
}
