package fr.inserre.kiosk.browser.pages;

import fr.inserre.kiosk.browser.Waits;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The espace citoyen at the kiosk: /kiosk/citizen/index.xhtml (topic tiles, partners), topic.xhtml (a
 * topic's sheets), sheet.xhtml (one sheet, easy version first) and partners.xhtml.
 */
public class KioskCitizenPage {

    private final WebDriver driver;

    public KioskCitizenPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the "Espace citoyen" tile of the kiosk home. */
    public static KioskCitizenPage fromHome(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-citizen")).click());
        return new KioskCitizenPage(driver);
    }

    /** Goes back to the espace citoyen page through the way out shown on every espace citoyen screen. */
    public static KioskCitizenPage viaCitizenLink(WebDriver driver) {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("citizen")).click());
        return new KioskCitizenPage(driver);
    }

    public String title() {
        return driver.findElement(By.cssSelector("main h1")).getText();
    }

    /** The labels of the topic tiles, in order. */
    public List<String> topics() {
        return driver.findElements(By.cssSelector("#topics a.kiosk-tile:not(#tile-partners) .kiosk-tile-label")).stream()
                .map(WebElement::getText).toList();
    }

    /** Taps the topic tile with this label. */
    public KioskCitizenPage openTopic(String label) {
        WebElement tile = driver.findElements(By.cssSelector("#topics a.kiosk-tile")).stream()
                .filter(t -> t.findElement(By.className("kiosk-tile-label")).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no topic " + label + " in " + topics()));
        Waits.newPageAfter(driver, tile::click);
        return this;
    }

    /** On a topic page: the titles of its sheets. */
    public List<String> sheetTitles() {
        return driver.findElements(By.cssSelector("#sheets .sheet-link-title")).stream().map(WebElement::getText).toList();
    }

    /** On a topic page: taps a sheet by its title. */
    public KioskCitizenPage openSheet(String title) {
        WebElement link = driver.findElements(By.cssSelector("#sheets a.sheet-link")).stream()
                .filter(a -> a.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no sheet " + title + " in " + sheetTitles()));
        Waits.newPageAfter(driver, link::click);
        return this;
    }

    /** On a sheet: which version is shown ("Version facile à lire", "Version complète"). */
    public String version() {
        return driver.findElement(By.id("version")).getText();
    }

    /** On a sheet: the text of its body. */
    public String body() {
        return driver.findElement(By.id("sheet-body")).getText();
    }

    /** On a sheet: how many items its bulleted lists hold. */
    public int bulletedItems() {
        return driver.findElements(By.cssSelector("#sheet-body ul > li")).size();
    }

    /** On a sheet: how many items its numbered lists hold. */
    public int numberedItems() {
        return driver.findElements(By.cssSelector("#sheet-body ol > li")).size();
    }

    /** On a sheet: the body's language attribute. */
    public String bodyLanguage() {
        return driver.findElement(By.id("sheet-body")).getAttribute("lang");
    }

    /** On a sheet: the notice saying it is shown in French, or empty. */
    public String fallbackNotice() {
        List<WebElement> notice = driver.findElements(By.id("fallback"));
        return notice.isEmpty() ? "" : notice.get(0).getText();
    }

    public KioskCitizenPage showFull() {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("show-full")).click());
        return this;
    }

    public KioskCitizenPage showEasy() {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("show-easy")).click());
        return this;
    }

    /** From the espace citoyen page: the partner directory. */
    public KioskCitizenPage openPartners() {
        Waits.newPageAfter(driver, () -> driver.findElement(By.id("tile-partners")).click());
        return this;
    }

    /** On the partner directory: each partner's name. */
    public List<String> partnerNames() {
        return driver.findElements(By.cssSelector("#partners .partner-name")).stream().map(WebElement::getText).toList();
    }

    /** Picks a language in the header and waits for the page to come back in it. */
    public KioskCitizenPage switchLanguage(String nativeName) {
        new KioskHomePage(driver).switchLanguage(nativeName);
        return this;
    }
}
