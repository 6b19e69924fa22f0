package fr.inserre.kiosk.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Formations" and "Travail", /kiosk/requests/trainings.xhtml and jobs.xhtml: a card per open activity. */
public class KioskOffersPage {

    private final WebDriver driver;

    public KioskOffersPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the "Formations" tile of the kiosk home. */
    public static KioskOffersPage trainingsFromHome(WebDriver driver) {
        driver.findElement(By.id("tile-training")).click();
        return new KioskOffersPage(driver);
    }

    /** Taps the "Travail" tile of the kiosk home. */
    public static KioskOffersPage jobsFromHome(WebDriver driver) {
        driver.findElement(By.id("tile-work")).click();
        return new KioskOffersPage(driver);
    }

    public String title() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    /** The card of an activity, by its title. */
    public WebElement offer(String title) {
        List<WebElement> cards = driver.findElements(By.xpath("//li[contains(@class,'offer')]"
                + "[.//*[contains(@class,'offer-title') and normalize-space()=\"" + title + "\"]]"));
        if (cards.isEmpty()) {
            throw new AssertionError("no offer « " + title + " » on " + driver.getCurrentUrl());
        }
        return cards.get(0);
    }

    /** The description on an activity's card. */
    public ShownDescription description(String title) {
        return ShownDescription.in(offer(title));
    }

    /** Taps an activity's card: its confirm screen. */
    public KioskAskPage ask(String title) {
        offer(title).findElement(By.tagName("a")).click();
        return new KioskAskPage(driver);
    }

    /** Taps "N'importe quel travail". */
    public KioskAskPage askAnyWork() {
        driver.findElement(By.cssSelector("#offer-any a")).click();
        return new KioskAskPage(driver);
    }
}
