package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.DatePickers;
import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The commission pages: the list where one is planned (/staff/commission/list.xhtml), its meeting
 * screen (session.xhtml: agenda rows with their decision, pending requests) and its minutes.
 */
public class StaffCommissionPage {

    static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final WebDriver driver;

    private StaffCommissionPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Logs in and opens the list of commissions. */
    public static StaffCommissionPage openListAs(WebDriver driver, URL base, String login, String password) {
        StaffLoginPage.open(driver, base).logIn(login, password);
        driver.get(base + "staff/commission/list.xhtml");
        return new StaffCommissionPage(driver);
    }

    /** Plans a commission on the date with its members; lands on its meeting screen. */
    public StaffCommissionPage plan(LocalDate date, String members) {
        // The members first: the date picker takes the focus back when its calendar closes.
        driver.findElement(By.id("plan:members")).sendKeys(members);
        driver.findElement(By.id("plan:date_input")).sendKeys(FRENCH_DATE.format(date), Keys.ESCAPE);
        driver.findElement(By.id("plan:plan-button")).click();
        try {
            wait(20).until(ExpectedConditions.presenceOfElementLocated(By.id("session:agenda")));
        } catch (org.openqa.selenium.TimeoutException e) {
            fr.inserre.kiosk.browser.Browser.screenshot(driver, "commission-plan-failed");
            throw new AssertionError("no meeting screen after planning, at " + driver.getCurrentUrl() + ": "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        return this;
    }

    /** The text of the page's messages, once there. */
    public String messages() {
        return Waits.textOf(driver, By.id("messages"));
    }

    /** Ticks every pending request and puts them on the agenda; returns the confirmation. */
    public String addAllPending() {
        var boxes = driver.findElements(By.cssSelector("#pending\\:candidates_data .ui-chkbox-box"));
        if (boxes.isEmpty()) {
            throw new AssertionError("no pending request to tick: " + driver.findElement(By.id("pending")).getText());
        }
        boxes.forEach(WebElement::click);
        driver.findElement(By.id("pending:add")).click();
        return waitForMessageContaining("ajoutée");
    }

    /** The agenda row (0-based) whose text contains the name. */
    public int rowOf(String name) {
        var rows = driver.findElements(By.cssSelector("#session\\:agenda_data > tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().toUpperCase().contains(name.toUpperCase())) {
                return i;
            }
        }
        throw new IllegalArgumentException("No agenda row for " + name);
    }

    /** Picks the outcome of a row (waits for its fields to follow). */
    public StaffCommissionPage decide(int row, String outcome) {
        choose("session:agenda:" + row + ":outcome", outcome);
        // The row's fields come back with an Ajax answer: slow under a loaded CI machine.
        wait(30).ignoring(StaleElementReferenceException.class)
                .until(d -> !d.findElements(By.id("session:agenda:" + row + ":text")).isEmpty());
        return this;
    }

    public StaffCommissionPage reason(int row, String reason) {
        choose("session:agenda:" + row + ":reason", reason);
        return this;
    }

    public StaffCommissionPage firstDay(int row, LocalDate date) {
        WebElement input = driver.findElement(By.id("session:agenda:" + row + ":from_input"));
        input.sendKeys(FRENCH_DATE.format(date), Keys.ESCAPE);
        DatePickers.close(driver, input);
        return this;
    }

    public StaffCommissionPage text(int row, String text) {
        driver.findElement(By.id("session:agenda:" + row + ":text")).sendKeys(text);
        return this;
    }

    /** "Clôturer", confirmed; returns the messages shown after. */
    public String close() {
        driver.findElement(By.id("session:close")).click();
        WebElement yes = wait(10).until(ExpectedConditions.elementToBeClickable(By.id("session:confirmYes")));
        yes.click();
        return waitForMessageContaining("Commission close");
    }

    /** Opens the minutes from the meeting screen: the text of each request's row. */
    public List<String> minutes() {
        driver.findElement(By.id("minutes-link")).click();
        Waits.textOf(driver, By.id("sheet-items"));
        return driver.findElements(By.cssSelector("#sheet-items tbody tr")).stream().map(WebElement::getText).toList();
    }

    public String minutesHeader() {
        return driver.findElement(By.id("sheet-date")).getText() + " / " + driver.findElement(By.id("sheet-members")).getText();
    }

    /** Picks the label in the row's menu, once no date picker's calendar covers the rows. */
    private void choose(String menuId, String label) {
        DatePickers.close(driver, driver.switchTo().activeElement());
        fr.inserre.kiosk.browser.Menus.choose(driver, menuId, label);
    }

    private String waitForMessageContaining(String text) {
        return wait(20).ignoring(StaleElementReferenceException.class).until(d -> {
            String shown = d.findElement(By.id("messages")).getText();
            return shown.contains(text) || shown.contains("Demande n°") ? shown : null;
        });
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
