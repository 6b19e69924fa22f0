package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /kiosk/citizen/cv.xhtml, "Mon CV": the CV as it prints, the establishment's name on it or not, a print. */
public class KioskCvPage {

    private final WebDriver driver;

    public KioskCvPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The CV as shown. */
    public String preview() {
        return Waits.textOf(driver, By.id("cv-preview"));
    }

    /** Whether the establishment's name is written on the CV, in words. */
    public String establishmentState() {
        return Waits.textOf(driver, By.id("establishment-state"));
    }

    /** Taps "Oui, l'écrire"; returns the page's message once the answer is there. */
    public String showEstablishment() {
        return tap("cv-choices:show");
    }

    /** Taps "Non, l'enlever"; returns the page's message once the answer is there. */
    public String hideEstablishment() {
        return tap("cv-choices:hide");
    }

    /** Taps "Demander une impression"; returns the page's message once the answer is there. */
    public String askPrint() {
        return tap("cv-choices:print");
    }

    /** The notice that a print is waiting, or empty. */
    public String printWaiting() {
        return driver.findElements(By.id("print-waiting")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private String tap(String button) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id(button)).click());
        return Waits.textOf(driver, By.cssSelector(".kiosk-messages"));
    }
}
