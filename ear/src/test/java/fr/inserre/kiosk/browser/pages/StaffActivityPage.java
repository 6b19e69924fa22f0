package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The activities (/staff/schedule/activities.xhtml) and one activity's editor (activity.xhtml), here its
 * "versions in the kiosk's other languages" form.
 */
public class StaffActivityPage {

    private final WebDriver driver;
    private final Wait<WebDriver> wait;

    public StaffActivityPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    /** Opens the list of activities from the staff menu. */
    public static StaffActivityPage fromMenu(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("nav-activities")).click());
        return new StaffActivityPage(driver);
    }

    /** Opens an activity's editor from the list. */
    public StaffActivityPage open(String title) {
        WebElement link = wait.until(d -> d.findElement(By.linkText(title)));
        Waits.newPageAfter(driver, link::click);
        wait.until(d -> !d.findElements(By.id("translations:translation")).isEmpty());
        return this;
    }

    /** Picks the language of the version to write, by its radio button's label ("Roumain"), and waits for its text. */
    public StaffActivityPage versionIn(String language) {
        WebElement text = driver.findElement(By.id("translations:translation"));
        WebElement label = driver.findElement(By.xpath("//*[@id='translations:translation-language']"
                + "//label[starts-with(normalize-space(),'" + language + "')]"));
        if (driver.findElement(By.id(label.getAttribute("for"))).isSelected()) {
            return this;
        }
        centre(label);
        label.click();
        Waits.gone(driver, text, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.id("translations:translation")).isEmpty());
        return this;
    }

    /** The text of the version shown, as it stands in the field. */
    public String versionText() {
        return driver.findElement(By.id("translations:translation")).getDomProperty("value");
    }

    /** The field's language and direction, as "ro ltr". */
    public String versionFieldLanguage() {
        WebElement field = driver.findElement(By.id("translations:translation"));
        return field.getAttribute("lang") + " " + field.getAttribute("dir");
    }

    /** Writes the version's text and saves it; returns the confirmation or the refusal. */
    public String saveVersion(String text) {
        WebElement field = driver.findElement(By.id("translations:translation"));
        field.clear();
        field.sendKeys(text);
        return act("translations:save-translation");
    }

    /** Removes the version of the language shown; returns the confirmation. */
    public String removeVersion() {
        return act("translations:remove-translation");
    }

    private String act(String button) {
        WebElement before = driver.findElement(By.id("translations:translation-messages"));
        WebElement clicked = driver.findElement(By.id(button));
        centre(clicked);
        clicked.click();
        Waits.gone(driver, before, Duration.ofSeconds(30));
        return wait.until(d -> d.findElements(By.cssSelector("#translations\\:translation-messages .ui-messages-info, "
                + "#translations\\:translation-messages .ui-messages-error")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).findFirst().orElse(null));
    }

    /** The sticky staff bar takes clicks on what is scrolled under it: bring the element to the middle. */
    private void centre(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }
}
