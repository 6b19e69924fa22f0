package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * "Mes heures", /kiosk/hours/index.xhtml (the three periods), a period's sessions
 * (/kiosk/hours/sessions.xhtml) and "Je conteste cette ligne" (/kiosk/hours/dispute.xhtml).
 */
public class KioskHoursPage {

    private final WebDriver driver;

    public KioskHoursPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the home's "Mes heures" tile. */
    public static KioskHoursPage fromHome(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-hours")).click());
        return new KioskHoursPage(driver);
    }

    public static KioskHoursPage open(WebDriver driver, URL base) {
        driver.get(base + "kiosk/hours/index.xhtml");
        return new KioskHoursPage(driver);
    }

    /** The card of a period (WEEK, MONTH, SINCE_ARRIVAL), once the page is there. */
    public String period(String period) {
        return Waits.textOf(driver, By.id("period-" + period));
    }

    /** Taps a period: its sessions. */
    public KioskHoursPage sessions(String period) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("period-" + period)).findElement(By.tagName("a"))
                .click());
        return this;
    }

    // On a period's sessions.

    public String totals() {
        return Waits.textOf(driver, By.id("totals"));
    }

    /** The session lines, latest first. */
    public List<WebElement> lines() {
        return driver.findElements(By.cssSelector("li.hours-line"));
    }

    /** The first (latest) line whose text contains the text. */
    public WebElement line(String text) {
        return lines().stream().filter(l -> l.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line with " + text + ": "
                        + lines().stream().map(WebElement::getText).toList()));
    }

    /** Taps a line's "Je conteste cette ligne". */
    public KioskHoursPage dispute(WebElement line) {
        Waits.newPageAfter(driver, () -> line.findElement(By.cssSelector("a.hours-dispute")).click());
        return this;
    }

    // On "Je conteste cette ligne".

    public String disputedLine() {
        return Waits.textOf(driver, By.id("disputed-line"));
    }

    /** The reasons offered, as worded (the words of their submit buttons). */
    public List<String> reasons() {
        return driver.findElements(By.cssSelector("input.hours-reason")).stream().map(r -> r.getDomAttribute("value"))
                .toList();
    }

    /** The tap target of a reason (its size is checked). */
    public WebElement reason(String code) {
        return driver.findElement(By.cssSelector("input.hours-reason[data-reason='" + code + "']"));
    }

    /** Taps a reason: the dispute is sent (the receipt page follows). */
    public KioskSentPage send(String code) {
        Waits.newPageAfter(driver, () -> reason(code).click());
        return new KioskSentPage(driver);
    }
}
