package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.DatePickers;
import fr.inserre.kiosk.browser.Menus;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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

    /** The kiosk languages the form offers, as it names them, in their order. */
    public List<String> languageChoices() {
        return driver.findElements(By.cssSelector("#admit\\:language_input option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

    /** The cells the form offers (after "first free cell"), by label. */
    public List<String> cellChoices() {
        return driver.findElements(By.cssSelector("#admit\\:cell_input option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).skip(1).toList();
    }

    /** The language of each choice's name, as marked in the open list ("ar" for العربية). */
    public List<String> languageChoiceMarks() {
        return driver.findElements(By.cssSelector("#admit\\:language_panel .ui-selectonemenu-item [lang]")).stream()
                .map(name -> name.getAttribute("lang")).toList();
    }

    /** Picks the kiosk language by the name the list gives it ("العربية", "Français facile"). */
    public StaffAdmissionPage language(String nativeName) {
        Menus.choose(driver, "admit:language", nativeName);
        return this;
    }

    /** Fills the form (first free cell, today's entry) and submits; waits for the slip or a message. */
    public void admit(String number, String last, String first, String birth) {
        prisonNumber.sendKeys(number);
        lastName.sendKeys(last);
        firstName.sendKeys(first);
        birthDate.sendKeys(birth, Keys.ESCAPE);
        DatePickers.close(driver, birthDate);
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
