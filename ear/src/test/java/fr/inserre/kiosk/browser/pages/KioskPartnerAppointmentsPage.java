package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /kiosk/citizen/appointments.xhtml: my partner appointments, the partners' free slots. */
public class KioskPartnerAppointmentsPage {

    private final WebDriver driver;

    public KioskPartnerAppointmentsPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the "Rendez-vous partenaires" tile of the kiosk home. */
    public static KioskPartnerAppointmentsPage fromHome(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-partners")).click());
        return new KioskPartnerAppointmentsPage(driver);
    }

    /** The free-slot buttons (plain submit inputs) offered by the partner of that name (empty if it offers none). */
    public List<WebElement> slotsOf(String partner) {
        return driver.findElements(By.xpath("//section[contains(@class,'citizen-partner-block')][.//h3[normalize-space()=\""
                + partner + "\"]]//input[@type='submit']"));
    }

    /** The words on a slot's button: when and where. */
    public static String label(WebElement slot) {
        return slot.getDomAttribute("value");
    }

    /** When the slot of that button starts. */
    public static Instant start(WebElement slot) {
        return Instant.parse(slot.getDomAttribute("data-start"));
    }

    /** Taps a slot; returns the page's message once the answer is there. */
    public String book(WebElement slot) {
        Waits.newPageAfter(driver, slot::click);
        return Waits.textOf(driver, By.cssSelector(".kiosk-messages"));
    }

    /** The words of the buttons offering another slot after a refusal ("France Travail — mardi … à 17:45"). */
    public List<String> offeredNext() {
        return driver.findElements(By.cssSelector("#next-slot input[type=submit]")).stream()
                .map(button -> button.getDomAttribute("value")).toList();
    }

    /** Taps the slot offered after a refusal; returns the page's message once the answer is there. */
    public String bookNext() {
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("#next-slot input[type=submit]")).click());
        return Waits.textOf(driver, By.cssSelector(".kiosk-messages"));
    }

    /** My appointments to come, as shown: each one's text, then the words of its buttons (e.g. "Annuler"). */
    public List<String> mine() {
        return driver.findElements(By.cssSelector("li.citizen-booked")).stream()
                .map(item -> item.getText() + item.findElements(By.cssSelector("input[type=submit]")).stream()
                        .map(button -> " " + button.getDomAttribute("value")).collect(Collectors.joining()))
                .toList();
    }

    /** Taps "Annuler" on my appointment with that partner; returns the page's message once the answer is there. */
    public String cancel(String partner) {
        WebElement cancel = driver.findElement(By.xpath("//li[contains(@class,'citizen-booked')][.//strong[normalize-space()=\""
                + partner + "\"]]//input[contains(@class,'citizen-cancel')]"));
        Waits.newPageAfter(driver, cancel::click);
        return Waits.textOf(driver, By.cssSelector(".kiosk-messages"));
    }
}
