package fr.inserre.kiosk.browser.pages;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The cells of the establishment, /staff/establishment/cells.xhtml: who is in each, close and reopen. */
public class StaffCellsPage {

    private final WebDriver driver;

    public StaffCellsPage(WebDriver driver) {
        this.driver = driver;
    }

    public static StaffCellsPage openAs(WebDriver driver, URL base, String login, String password) {
        StaffLoginPage.open(driver, base).logIn(login, password);
        driver.get(base + "staff/establishment/cells.xhtml");
        return new StaffCellsPage(driver);
    }

    /** The row of the cell with this label. */
    private WebElement row(String label) {
        return driver.findElements(By.cssSelector("#cells\\:table_data > tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().strip().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for cell " + label));
    }

    /** What the row's state column says ("En service", "Fermée depuis le … : reason"). */
    public String state(String label) {
        return row(label).findElements(By.tagName("td")).get(2).getText().strip();
    }

    /** Taps "Fermer" on the cell's row, writes the reason and confirms; waits for the answer. */
    public void close(String label, String reason) {
        row(label).findElement(By.cssSelector("[id$=':startClose']")).click();
        WebElement field = wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':closeReason']")));
        field.sendKeys(reason);
        row(label).findElement(By.cssSelector("[id$=':confirmClose']")).click();
        waitForMessage();
    }

    public void reopen(String label) {
        row(label).findElement(By.cssSelector("[id$=':reopen']")).click();
        waitForMessage();
    }

    public String message() {
        return driver.findElement(By.cssSelector("#cells\\:messages .ui-messages-info, #cells\\:messages .ui-messages-error"))
                .getText();
    }

    private void waitForMessage() {
        wait(20).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#cells\\:messages .ui-messages-info, #cells\\:messages .ui-messages-error")));
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }
}
