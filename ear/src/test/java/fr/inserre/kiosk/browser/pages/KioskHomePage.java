package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.DemoTerminal;
import java.net.URL;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** The kiosk home, /kiosk/index.xhtml. */
public class KioskHomePage {

    public static final List<String> TILE_IDS = List.of("tile-schedule", "tile-training", "tile-work", "tile-hours",
            "tile-citizen", "tile-requests");

    private final WebDriver driver;

    @FindBy(css = "main h1")
    private WebElement title;

    @FindBy(id = "intro")
    private WebElement intro;

    public KioskHomePage(WebDriver driver) {
        this.driver = driver;
        PageFactory.initElements(driver, this);
    }

    /** Opens the kiosk home as the demo terminal of cell A-001 (kiosk pages answer enrolled terminals only). */
    public static KioskHomePage open(WebDriver driver, URL base) {
        if (!DemoTerminal.actAs(driver, base)) {
            driver.get(base + "kiosk/");
        }
        return new KioskHomePage(driver);
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

    public String direction() {
        return driver.findElement(By.tagName("html")).getAttribute("dir");
    }

    public WebElement tile(String id) {
        return driver.findElement(By.id(id));
    }

    public String tileLabel(String id) {
        return tile(id).findElement(By.className("kiosk-tile-label")).getText();
    }

    public KioskHomePage switchLanguage(String nativeName) {
        driver.findElement(By.linkText(nativeName)).click();
        return new KioskHomePage(driver);
    }
}
