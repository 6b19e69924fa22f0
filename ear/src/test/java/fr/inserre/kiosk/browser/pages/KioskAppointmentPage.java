package fr.inserre.kiosk.browser.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "Demander un rendez-vous", /kiosk/requests/appointment.xhtml: service, half-days, optional word, send. */
public class KioskAppointmentPage {

    private final WebDriver driver;

    public KioskAppointmentPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Taps the "Rendez-vous" tile of the kiosk home. */
    public static KioskAppointmentPage fromHome(WebDriver driver) {
        driver.findElement(By.id("tile-appointment")).click();
        return new KioskAppointmentPage(driver);
    }

    /** The service ticked (the radio's value, a Team name). */
    public String team() {
        return driver.findElement(By.cssSelector("input[name='appointment:team']:checked")).getDomProperty("value");
    }

    /** Taps a service (Team name) by its label. */
    public KioskAppointmentPage chooseTeam(String team) {
        String id = driver.findElement(By.cssSelector("input[name='appointment:team'][value='" + team + "']"))
                .getAttribute("id");
        driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        return this;
    }

    /** The half-day toggles, in time order (their checkboxes). */
    public List<WebElement> halfDays() {
        return driver.findElements(By.cssSelector("input[data-half-day]"));
    }

    /** Taps the toggle of the i-th half-day offered (its label: the whole toggle is the target). */
    public KioskAppointmentPage tick(int index) {
        halfDays().get(index).findElement(By.xpath("./ancestor::label[1]")).click();
        return this;
    }

    public String count() {
        return driver.findElement(By.cssSelector("[data-choice-count]")).getText();
    }

    /**
     * Replays the form as a browser sending it again would: the same fields and view state, POSTed
     * {@code times} times at once, each following its redirect. Returns the addresses they ended on.
     */
    @SuppressWarnings("unchecked")
    public List<String> replay(int times) {
        Object ended = ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "var form = document.getElementById('appointment');"
                + "var fields = new URLSearchParams(new FormData(form));"
                + "fields.append('appointment:send', '');"
                + "var sends = [];"
                + "for (var i = 0; i < arguments[0]; i++) {"
                + "  sends.push(fetch(form.action, {method: 'POST', body: fields, credentials: 'same-origin'})"
                + "    .then(function (r) { return r.status + ' ' + r.url; }));"
                + "}"
                + "Promise.all(sends).then(done, function (e) { done(['failed ' + e]); });", times);
        return (List<String>) ended;
    }
}
