package fr.inserre.kiosk.browser.pages;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/** IT's list of terminals, /staff/terminals/list.xhtml, used one terminal at a time (filtered by code). */
public class StaffTerminalListPage {

    private final WebDriver driver;
    /** Ajax updates replace elements while they are read: such a read is tried again. */
    private final Wait<WebDriver> wait;

    @FindBy(css = "main h1")
    private WebElement title;

    public StaffTerminalListPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class);
        PageFactory.initElements(driver, this);
    }

    /** Opens the list, logging in first as the demo IT account when the browser is not logged in yet. */
    public static StaffTerminalListPage open(WebDriver driver, URL base) {
        driver.get(base + "staff/terminals/list.xhtml");
        StaffLoginPage login = new StaffLoginPage(driver);
        if (login.isShown()) {
            login.logIn("informatique", "inserre-informatique");
            driver.get(base + "staff/terminals/list.xhtml");
        }
        return new StaffTerminalListPage(driver);
    }

    public String title() {
        return title.getText();
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#terminals\\:table_data > tr[data-ri]"));
    }

    /** Filters the table down to the terminal with this code (on a page just opened, which lists them all). */
    public StaffTerminalListPage show(String terminalCode) {
        WebElement input = driver.findElement(By.cssSelector("#terminals\\:table\\:code input"));
        input.clear();
        input.sendKeys(terminalCode);
        wait.until(d -> rows().size() == 1 && rows().get(0).getText().contains(terminalCode));
        return this;
    }

    private WebElement row() {
        return rows().get(0);
    }

    public String status() {
        return wait.until(d -> row().findElement(By.cssSelector("[id$='\\:statusText']")).getText());
    }

    /** Issues an enrolment code and reads it from the dialog, which it then closes. */
    public String issueCode() {
        row().findElement(By.cssSelector("[id$='\\:issueCode']")).click();
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issuedCode")));
        String text = code.getText();
        driver.findElement(By.id("codeForm:close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("codeDialog")));
        return text;
    }

    public StaffTerminalListPage startMaintenance() {
        return act("startMaintenance");
    }

    public StaffTerminalListPage endMaintenance() {
        return act("endMaintenance");
    }

    /** Revokes, answering yes to the confirmation. */
    public StaffTerminalListPage revoke() {
        row().findElement(By.cssSelector("[id$='\\:revoke']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("terminals:confirmYes"))).click();
        return waitForMessage();
    }

    private StaffTerminalListPage act(String button) {
        row().findElement(By.cssSelector("[id$='\\:" + button + "']")).click();
        return waitForMessage();
    }

    private StaffTerminalListPage waitForMessage() {
        wait.until(d -> !d.findElement(By.id("terminals:messages")).getText().isEmpty());
        return this;
    }

    /** The page's messages (what an action did, or why it was refused). */
    public String message() {
        return wait.until(d -> d.findElement(By.id("terminals:messages")).getText());
    }
}
