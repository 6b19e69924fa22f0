package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

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
        return driver.findElement(By.xpath("//li[contains(@class,'citizen-item')][.//strong[normalize-space()=\"" + item
                + "\"]]//span[contains(@class,'citizen-status')]")).getText().strip();
    }

    /** The plain-words summary: when, what is missing. */
    public String summary() {
        return Waits.textOf(driver, By.id("summary"));
    }
}
