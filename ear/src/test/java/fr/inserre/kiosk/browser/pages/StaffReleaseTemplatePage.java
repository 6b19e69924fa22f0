package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The establishment's release checklist on /staff/citizen/release.xhtml (without ?detainee=), as the direction edits it. */
public class StaffReleaseTemplatePage {

    private final WebDriver driver;
    private final Wait<WebDriver> wait;

    public StaffReleaseTemplatePage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    /** Opens the page from the staff menu. */
    public static StaffReleaseTemplatePage fromMenu(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("nav-release")).click());
        return new StaffReleaseTemplatePage(driver);
    }

    /** The words of each item, in the list's order. */
    public List<String> items() {
        return wait.until(d -> d.findElements(By.cssSelector("#template\\:template-table_data > tr > td:first-child"))
                .stream().map(WebElement::getText).toList());
    }

    /**
     * Rewords the item of that row: opens the form from the row's button, replaces the label (blank: none), saves;
     * returns the page's message.
     */
    public String reword(int row, String label) {
        WebElement form = driver.findElement(By.id("template"));
        driver.findElement(By.id("template:template-table:" + row + ":reword")).click();
        Waits.gone(driver, form, Duration.ofSeconds(30));
        WebElement field = wait.until(d -> d.findElement(By.id("template:rewordLabel")));
        field.clear();
        field.sendKeys(label);
        WebElement table = driver.findElement(By.id("template"));
        driver.findElement(By.id("template:saveWords")).click();
        Waits.gone(driver, table, Duration.ofSeconds(30));
        return Waits.textOf(driver, By.cssSelector("#messages"));
    }
}
