package fr.inserre.kiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.NetworkLog;
import fr.inserre.kiosk.browser.pages.KioskHomePage;
import fr.inserre.kiosk.browser.pages.KioskNewRequestPage;
import fr.inserre.kiosk.testing.Deployments;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bytes each kiosk page costs in real Chromium (issue 10), counted from the browser's DevTools network
 * events (headers and bodies as transferred, see {@link NetworkLog}): the <b>first</b> load with an
 * empty browser cache (a kiosk that never came) must stay within 300 KB, a <b>repeat</b> load (the
 * page again after another one) within 30 KB: text is compressed, static resources have versioned
 * addresses and are cached for good, pages are not cached. The figures also go to
 * {@code ear/target/page-weight.txt} for BENCHMARKS.md.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskPageWeightBrowserIT {

    /** Demo detainee 118 (badge B100119), at the terminal of their cell C-019: no other test uses them. */
    private static final int DEMO_INDEX = 118;
    private static final String TERMINAL = "BORNE-ARR-C-019";
    private static final long FIRST_MAX = 300 * 1024;
    private static final long REPEAT_MAX = 30 * 1024;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Bytes of a page's first and repeat loads, and what the first load fetched. */
    private record Weight(long first, long repeat, String fetched) {
    }

    @Test
    void everyKioskPage_weighsAtMost300KbFirst_and30KbAgain() throws IOException {
        driver = Browser.openWithNetworkLog();
        NetworkLog network = new NetworkLog(driver);
        Map<String, Weight> weights = new LinkedHashMap<>();
        DemoTerminal.actAs(driver, base, TERMINAL);
        weights.put("login", weigh(network, "kiosk/identity/login.xhtml", "kiosk/identity/login.xhtml"));
        KioskHomePage.logIn(driver, base, TERMINAL, DEMO_INDEX);
        // A request of their own, for the detail page.
        KioskNewRequestPage request = KioskNewRequestPage.fromHome(driver).chooseTeam("GREFFE");
        request.keyboard().type("Bonjour");
        request.send().receipt();

        weights.put("home", weigh(network, "kiosk/index.xhtml", "kiosk/schedule/week.xhtml"));
        weights.put("week", weigh(network, "kiosk/schedule/week.xhtml", "kiosk/index.xhtml"));
        String item = driver.findElement(By.cssSelector(".schedule-item-link")).getAttribute("href");
        weights.put("item", weigh(network, relative(item), "kiosk/schedule/week.xhtml"));
        weights.put("mine", weigh(network, "kiosk/requests/mine.xhtml", "kiosk/index.xhtml"));
        String detail = driver.findElement(By.cssSelector(".request-link")).getAttribute("href");
        weights.put("request", weigh(network, relative(detail), "kiosk/requests/mine.xhtml"));
        weights.put("trainings", weigh(network, "kiosk/requests/trainings.xhtml", "kiosk/index.xhtml"));
        weights.put("jobs", weigh(network, "kiosk/requests/jobs.xhtml", "kiosk/index.xhtml"));
        weights.put("new", weigh(network, "kiosk/requests/new.xhtml", "kiosk/index.xhtml"));
        weights.put("appointment", weigh(network, "kiosk/requests/appointment.xhtml", "kiosk/index.xhtml"));
        weights.put("hours", weigh(network, "kiosk/hours/index.xhtml", "kiosk/index.xhtml"));
        weights.put("consultations", weigh(network, "kiosk/identity/consultations.xhtml", "kiosk/index.xhtml"));
        // "Je conteste cette ligne" of the latest line since arrival (its address carries the line's id).
        open("kiosk/hours/sessions.xhtml?period=SINCE_ARRIVAL");
        List<WebElement> disputes = driver.findElements(By.cssSelector("a.hours-dispute"));
        assertFalse(disputes.isEmpty(), "the demo detainee has lines to dispute");
        weights.put("dispute", weigh(network, relative(disputes.get(0).getAttribute("href")), "kiosk/hours/index.xhtml"));
        weights.put("partners", weigh(network, "kiosk/citizen/appointments.xhtml", "kiosk/index.xhtml"));
        weights.put("release", weigh(network, "kiosk/citizen/release.xhtml", "kiosk/index.xhtml"));
        weights.put("cv", weigh(network, "kiosk/citizen/cv.xhtml", "kiosk/index.xhtml"));

        String report = weights.entrySet().stream()
                .map(e -> String.format("%-14s first %,9d B  repeat %,7d B   first load fetched: %s", e.getKey(),
                        e.getValue().first(), e.getValue().repeat(), e.getValue().fetched()))
                .collect(Collectors.joining("\n"));
        System.out.println("Kiosk page weight in Chromium:\n" + report);
        Files.writeString(Path.of("target", "page-weight.txt"), report + "\n");
        weights.forEach((page, weight) -> {
            assertTrue(weight.first() <= FIRST_MAX, () -> page + " first load: " + weight.first() + " B\n" + report);
            assertTrue(weight.repeat() <= REPEAT_MAX, () -> page + " repeat load: " + weight.repeat() + " B\n" + report);
        });
    }

    /**
     * Loads the page with an empty cache and counts; goes elsewhere; loads it again and counts. Pages are
     * opened by address, as a tap on a link does (a GET).
     */
    private Weight weigh(NetworkLog network, String page, String elsewhere) {
        network.clearCache();
        network.reset();
        open(page);
        List<NetworkLog.Transfer> first = network.transfers();
        open(elsewhere);
        network.reset();
        open(page);
        List<NetworkLog.Transfer> again = network.transfers();
        String fetched = first.stream().map(t -> t.url().replaceFirst("^.*/", "") + " " + t.bytes())
                .collect(Collectors.joining(", "));
        return new Weight(NetworkLog.total(first), NetworkLog.total(again), fetched);
    }

    private void open(String page) {
        driver.get(base + page);
        // Fonts and late resources: wait until the document and everything it asked for are complete.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(
                driver.executeScript("return document.readyState")));
    }

    private String relative(String href) {
        return href.substring(href.indexOf(base.getPath()) + base.getPath().length());
    }
}
