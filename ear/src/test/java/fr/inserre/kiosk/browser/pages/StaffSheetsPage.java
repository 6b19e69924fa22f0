package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The information sheets: the list (/staff/citizen/sheets.xhtml) and one sheet's editor (sheet.xhtml). */
public class StaffSheetsPage {

    private final WebDriver driver;
    private final Wait<WebDriver> wait;

    public StaffSheetsPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class);
    }

    /** Opens the list from the staff menu. */
    public static StaffSheetsPage fromMenu(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("nav-citizen")).click());
        return new StaffSheetsPage(driver);
    }

    /** The text of the list's row of this sheet. */
    public String row(String title) {
        return wait.until(d -> d.findElements(By.cssSelector("#sheets\\:table_data > tr")).stream()
                .map(WebElement::getText).filter(t -> t.contains(title)).findFirst().orElse(null));
    }

    /** Opens a sheet's editor from the list. */
    public StaffSheetsPage open(String title) {
        WebElement link = wait.until(d -> d.findElement(By.linkText(title)));
        Waits.newPageAfter(driver, link::click);
        wait.until(d -> !d.findElements(By.id("sheet:status")).isEmpty());
        return this;
    }

    /** In the editor: "Brouillon" or "Publiée". */
    public String status() {
        return driver.findElement(By.id("sheet:status")).getText();
    }

    public boolean publishable() {
        return !driver.findElements(By.id("sheet:publish")).isEmpty();
    }

    /** In the editor: types a paragraph at the end of the easy-to-read version (the rich-text editor). */
    public StaffSheetsPage appendToEasyVersion(String paragraph) {
        WebElement editor = wait.until(d -> d.findElement(By.cssSelector("#sheet\\:easy .ql-editor")));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys(Keys.ENTER, paragraph);
        // The editor copies its HTML into the form's field when it loses the focus to another field (as
        // when a person goes on to the title or the save button).
        driver.findElement(By.id("sheet:title")).click();
        wait.until(d -> String.valueOf(d.findElement(By.id("sheet:easy_input")).getDomProperty("value")).contains(paragraph));
        return this;
    }

    /** In the editor: saves the text of the language shown and returns the confirmation. */
    public String save() {
        return act("sheet:save");
    }

    /** In the editor: publishes the sheet and returns the confirmation. */
    public String publish() {
        return act("sheet:publish");
    }

    /** In the editor: takes the sheet off the kiosk and returns the confirmation. */
    public String unpublish() {
        return act("sheet:unpublish");
    }

    private String act(String button) {
        WebElement before = driver.findElement(By.id("sheet:messages"));
        driver.findElement(By.id(button)).click();
        fr.inserre.kiosk.browser.Waits.gone(driver, before, Duration.ofSeconds(30));
        return wait.until(d -> d.findElements(By.cssSelector("#sheet\\:messages .ui-messages-info, "
                + "#sheet\\:messages .ui-messages-error")).stream().map(WebElement::getText).filter(t -> !t.isBlank())
                .findFirst().orElse(null));
    }
}
