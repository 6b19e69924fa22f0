package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Menus;
import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff request queues, /staff/requests/queue.xhtml (filter bar, figures, lazy table). */
public class StaffRequestQueuePage {

    private final WebDriver driver;

    public StaffRequestQueuePage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the queue from the menu (the user is logged in). */
    public static StaffRequestQueuePage fromMenu(WebDriver driver) {
        driver.findElement(By.id("nav-requests")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.id("queue:table")).isEmpty());
        return new StaffRequestQueuePage(driver);
    }

    /** The prison number of the person in a cell, read in the staff list of detainees (the user is logged in). */
    public static String prisonNumberInCell(WebDriver driver, URL base, String cell) {
        driver.get(base + "staff/detainees/list.xhtml");
        return new StaffDetaineeListPage(driver).filter("cell", cell).column("prisonNumber").get(0);
    }

    /** Picks a value in a drop-down of the filter bar (by its visible text) and waits for the table to reload. */
    public StaffRequestQueuePage choose(String selectId, String visibleText) {
        WebElement before = tableBody();
        Menus.choose(driver, "queue:" + selectId, visibleText);
        waitForReload(before);
        return this;
    }

    /** Ticks a filter check box of the filter bar ("overdue", "answer-received") and waits for the table. */
    public StaffRequestQueuePage tick(String checkboxId) {
        WebElement before = tableBody();
        driver.findElement(By.cssSelector("#queue\\:" + checkboxId + " .ui-chkbox-box")).click();
        waitForReload(before);
        return this;
    }

    /** Types the person's prison number or name and presses Enter (the filter button), then waits for the table. */
    public StaffRequestQueuePage detainee(String text) {
        WebElement before = tableBody();
        WebElement input = driver.findElement(By.id("queue:detainee"));
        input.clear();
        input.sendKeys(text, Keys.ENTER);
        waitForReload(before);
        return this;
    }

    /** "3 résultat(s)": the paginator's report. */
    public String report() {
        List<WebElement> report = driver.findElements(By.cssSelector("#queue\\:table .ui-paginator-current"));
        return report.isEmpty() ? "" : report.get(0).getText();
    }

    public List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#queue\\:table_data > tr[data-ri]"));
    }

    /** The figures above the table. */
    public String counts() {
        return driver.findElement(By.id("queue:counts")).getText();
    }

    /** Clicks a column's title to sort by it, and waits for the table to reload. */
    public StaffRequestQueuePage sortBy(String columnId) {
        // A sort answers with the rows only (the table body stays): the first row is replaced.
        WebElement before = rows().get(0);
        driver.findElement(By.cssSelector("#queue\\:table\\:" + columnId + " .ui-column-title")).click();
        waitForReload(before);
        return this;
    }

    /** Ticks a row, clicks "Prendre en charge" and returns the confirmation shown. */
    public String takeInHand(int row) {
        rows().get(row).findElement(By.cssSelector(".ui-selection-column .ui-chkbox-box")).click();
        WebElement before = tableBody();
        driver.findElement(By.id("queue:acknowledge")).click();
        waitForReload(before);
        return Waits.textOf(driver, By.id("queue:messages"));
    }

    /** Opens the request of the first row (its receipt link). */
    public StaffRequestPage openFirst() {
        rows().get(0).findElement(By.tagName("a")).click();
        return StaffRequestPage.shown(driver);
    }

    private WebElement tableBody() {
        return driver.findElement(By.id("queue:table_data"));
    }

    /** An answer replaces the table (or its rows): waits until the element given is gone. */
    private void waitForReload(WebElement before) {
        fr.inserre.kiosk.browser.Waits.gone(driver, before, Duration.ofSeconds(30));
    }
}
