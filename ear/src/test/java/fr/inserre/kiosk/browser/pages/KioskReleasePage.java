package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /kiosk/citizen/release.xhtml, "Préparer ma sortie". */
public class KioskReleasePage {

    private final WebDriver driver;

    public KioskReleasePage(WebDriver driver) {
        this.driver = driver;
    }

    public static KioskReleasePage fromHome(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-release")).click());
        return new KioskReleasePage(driver);
    }

    /** The status word shown for the item of that name. */
    public String statusOf(String item) {
        return item(item).findElement(By.xpath(".//span[contains(@class,'citizen-status')]")).getText().strip();
    }

    /** The text of the item of that name (status, the CPIP's note, help asked). */
    public String itemText(String item) {
        return item(item).getText();
    }

    /** Taps "Demander de l'aide" on the item of that name; returns the page's message once the answer is there. */
    public String askHelp(String item) {
        WebElement help = item(item).findElement(By.cssSelector("input.citizen-help"));
        Waits.newPageAfter(driver, help::click);
        return Waits.textOf(driver, By.cssSelector(".kiosk-messages"));
    }

    /** The plain-words summary: when, what is missing. */
    public String summary() {
        return Waits.textOf(driver, By.id("summary"));
    }

    /** Taps "Mon CV". */
    public KioskCvPage cv() {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("cv")).click());
        return new KioskCvPage(driver);
    }

    private WebElement item(String name) {
        return driver.findElement(By.xpath("//li[contains(@class,'citizen-item')][.//strong[normalize-space()=\"" + name
                + "\"]]"));
    }
}
