package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.browser.Waits;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The kiosk home, /kiosk/index.xhtml. */
public class KioskHomePage {

    /** Every tile of the home, those of features already available first. */
    public static final List<String> TILE_IDS = List.of("tile-schedule", "tile-training", "tile-work", "tile-requests",
            "tile-new-request", "tile-appointment", "tile-partners", "tile-release", "tile-hours", "tile-citizen");
    /** The tiles of features still to come ("Bientôt disponible"). */
    public static final List<String> COMING_TILE_IDS = List.of();

    private final WebDriver driver;

    @FindBy(css = "main h1")
    private WebElement title;

    @FindBy(id = "intro")
    private WebElement intro;

    public KioskHomePage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    /** The PIN demo detainees choose at their first login in the tests. */
    public static final String CHOSEN_PIN = "864213";

    /**
     * Acts as a demo terminal and logs in as the demo detainee of that index (badge B100001 + index,
     * first PIN 246810), choosing {@link #CHOSEN_PIN} when asked, and lands on the home in French, the
     * language the tests read: a demo detainee whose profile says Arabic or easy-to-read French switches
     * to "Français" (remembered, as for a person). Each test uses its own index: the first login changes
     * the detainee's PIN, and wrong PINs would count toward a lock.
     */
    public static KioskHomePage logIn(WebDriver driver, URL base, String terminal, int demoIndex) {
        KioskHomePage home = logInInProfileLanguage(driver, base, terminal, demoIndex);
        return "fr".equals(home.languageTag()) ? home : home.switchLanguage("Français");
    }

    /** As {@link #logIn}, but stays in the language of the detainee's profile. */
    public static KioskHomePage logInInProfileLanguage(WebDriver driver, URL base, String terminal, int demoIndex) {
        DemoTerminal.actAs(driver, base, terminal);
        KioskLoginPage.open(driver, base).logIn("B" + (100_001 + demoIndex), "246810");
        // Wait for the answer to the login (the PIN page or the home): reading the address sooner, on a
        // loaded machine, saw the login page still and skipped choosing the PIN.
        WebDriverWait answer = new WebDriverWait(driver, Duration.ofSeconds(30));
        answer.until(d -> d.getCurrentUrl().contains("/kiosk/identity/pin.xhtml")
                || !d.findElements(By.id("tile-schedule")).isEmpty());
        KioskPinPage pin = new KioskPinPage(driver);
        if (pin.isShown()) {
            pin.choose(CHOSEN_PIN);
            answer.until(d -> !d.findElements(By.id("tile-schedule")).isEmpty());
        }
        return new KioskHomePage(driver);
    }

    /**
     * The same demo detainee comes back to the terminal the browser already is, after a {@link #logIn} (their
     * PIN is then {@link #CHOSEN_PIN}, their language the one they left in).
     */
    public static KioskHomePage logInAgain(WebDriver driver, URL base, int demoIndex) {
        KioskLoginPage.open(driver, base).logIn("B" + (100_001 + demoIndex), CHOSEN_PIN);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("tile-schedule")).isEmpty());
        return new KioskHomePage(driver);
    }

    public String welcome() {
        return driver.findElement(By.id("welcome")).getText();
    }

    public String title() {
        return title.getText();
    }

    public String intro() {
        return intro.getText();
    }

    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The screens' language as a tag: "fr", "fr-facile" (easy-to-read French), "ar"... */
    public String languageTag() {
        return driver.findElement(By.tagName("body")).getAttribute("data-language");
    }

    public String direction() {
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }

    public WebElement tile(String id) {
        return driver.findElement(By.id(id));
    }

    public String tileLabel(String id) {
        return tile(id).findElement(By.className("kiosk-tile-label")).getText();
    }

    /** The badge of the "Mes demandes" tile (questions waiting for an answer); empty when there is none. */
    public String awaitingAnswers() {
        List<WebElement> badge = driver.findElements(By.id("tile-requests-count"));
        return badge.isEmpty() ? "" : badge.get(0).getText();
    }

    /** Picks a language in the header and waits for the page to come back in it. */
    public KioskHomePage switchLanguage(String nativeName) {
        // Wait for the page in the new language: reading the title at once, under load, read the old page.
        Waits.newPageAfter(driver, () -> driver.findElement(By.cssSelector("#language input[value='" + nativeName + "']")).click());
        return new KioskHomePage(driver);
    }
}
