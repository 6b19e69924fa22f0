package fr.inserre.kiosk.browser.pages;

import java.net.URL;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admission form and slip, /staff/admission/admit.xhtml. */
public class StaffAdmissionPage {

    private final WebDriver driver;

    @FindBy(id = "admit:prisonNumber")
    private WebElement prisonNumber;

    @FindBy(id = "admit:lastName")
    private WebElement lastName;

    @FindBy(id = "admit:firstName")
    private WebElement firstName;

    @FindBy(id = "admit:birthDate_input")
    private WebElement birthDate;

    @FindBy(id = "admit:submit")
    private WebElement submit;

    public StaffAdmissionPage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    /** Logs in with these credentials and opens the admission form. */
    public static StaffAdmissionPage openAs(WebDriver driver, URL base, String login, String password) {
        StaffLoginPage.open(driver, base).logIn(login, password);
        driver.get(base + "staff/admission/admit.xhtml");
        return new StaffAdmissionPage(driver);
    }

    /** Fills the form (first free cell, today's entry) and submits; waits for the slip or a message. */
    public void admit(String number, String last, String first, String birth) {
        prisonNumber.sendKeys(number);
        lastName.sendKeys(last);
        firstName.sendKeys(first);
        birthDate.sendKeys(birth, Keys.ESCAPE);
        submit.click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("slip")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#admit\\:messages .ui-messages-error"))));
    }

    public boolean slipShown() {
        return !driver.findElements(By.id("slip")).isEmpty();
    }

    public String slip(String field) {
        return driver.findElement(By.id("slip-" + field)).getText();
    }

    public String error() {
        return driver.findElement(By.cssSelector("#admit\\:messages .ui-messages-error")).getText();
    }
}
