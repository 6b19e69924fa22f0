package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The staff login page, /staff/identity/login.xhtml. */
public class StaffLoginPage {

    private final WebDriver driver;

    @FindBy(id = "login:username")
    private WebElement username;

    @FindBy(id = "login:password_input")
    private WebElement passwordInput;

    @FindBy(id = "login:submit")
    private WebElement submit;

    public StaffLoginPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    public static StaffLoginPage open(WebDriver driver, URL base) {
        driver.get(base + "staff/identity/login.xhtml");
        return new StaffLoginPage(driver);
    }

    /** Types the login and password and submits; the caller checks where it landed. */
    public void logIn(String login, String password) {
        username.clear();
        username.sendKeys(login);
        password().clear();
        password().sendKeys(password);
        submit.click();
        // Wait for the answer (the next page, or a refusal on this one): navigating sooner, on a loaded
        // machine, aborted the login and the next page was the login again or the home.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElements(By.id("login:username")).isEmpty()
                || !d.findElements(By.cssSelector("#login\\:messages .ui-messages-error")).isEmpty());
    }

    private WebElement password() {
        // p:password renders the input itself with the component's id.
        return driver.findElements(By.id("login:password_input")).isEmpty() ? driver.findElement(By.id("login:password"))
                : passwordInput;
    }

    /** The refusal shown after a submit (waiting for the answer). */
    public String error() {
        return Waits.textOf(driver, By.cssSelector("#login\\:messages .ui-messages-error"));
    }

    public boolean isShown() {
        return !driver.findElements(By.id("login:username")).isEmpty();
    }
}
