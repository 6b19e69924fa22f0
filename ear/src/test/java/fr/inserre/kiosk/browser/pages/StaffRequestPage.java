package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Menus;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One request for staff, /staff/requests/request.xhtml: summary, decision forms, history, context. */
public class StaffRequestPage {

    private final WebDriver driver;

    private StaffRequestPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits for the page of a request. */
    public static StaffRequestPage shown(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("summary")).isEmpty());
        return new StaffRequestPage(driver);
    }

    /** A line of the summary by its id (type, team, status, detainee, activity, reason...). */
    public String fact(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public StaffRequestPage type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** What a field holds now (after an answer from the server, typed entries must still be there). */
    public String value(String fieldId) {
        return driver.findElement(By.id(fieldId)).getAttribute("value");
    }

    /** Picks a value of a drop-down by its visible text. */
    public StaffRequestPage choose(String selectId, String visibleText) {
        Menus.choose(driver, selectId, visibleText);
        new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id(selectId + "_panel")));
        return this;
    }

    /** Clicks a button and waits for the page's messages to contain the text expected. */
    public String click(String buttonId, String expected) {
        driver.findElement(By.id(buttonId)).click();
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(d -> {
                        String shown = d.findElement(By.id("messages")).getText();
                        return shown.contains(expected) ? shown : null;
                    });
        } catch (org.openqa.selenium.TimeoutException late) {
            throw new AssertionError("Expected \"" + expected + "\", the page shows: "
                    + driver.findElement(By.id("messages")).getText(), late);
        }
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    public String history() {
        return driver.findElement(By.id("history")).getText();
    }

    public String context() {
        return driver.findElement(By.cssSelector(".request-context")).getText();
    }
}
