package fr.inserre.kiosk.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.Browser;
import fr.inserre.kiosk.browser.FreshBrowser;
import fr.inserre.kiosk.browser.Waits;
import fr.inserre.kiosk.browser.pages.StaffLoginPage;
import fr.inserre.kiosk.common.ClockProducer;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.TestRows;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Staff side of the hours documents, on the demo data plus {@link HoursDocumentsFixture} (one of demo
 * detainees 60 to 65 worked 2 × 3 h 30 of production work two months ago, validated, and completed the
 * logistics training): the direction finds them on the month's statements, downloads their statement
 * PDF and the accounts office's CSV, issues the attestation of that month from the detainee's file,
 * downloads it, and verifies it by its code. The PDFs are read back with PDFBox.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HoursDocumentsBrowserIT {

    private static final String HOURS = "7 h 00";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.inDomain(Deployments.ear(), HoursDocumentsFixture.class, TestRows.class);
    }

    @ArquillianResource
    URL base;

    @FreshBrowser
    WebDriver driver;

    /** 7 h of production work at 45 % of the SMIC seeded for the month (national rates of V9). */
    private static String expectedAmount(YearMonth month) {
        return month.isBefore(YearMonth.of(2026, 1)) ? "37,45 €" : "37,87 €";
    }

    @Test
    void direction_downloadsTheStatement_andIssuesDownloadsAndVerifiesTheAttestation() throws Exception {
        YearMonth month = HoursDocumentsFixture.month(LocalDate.now(ClockProducer.ZONE));
        StaffLoginPage.open(driver, base).logIn("direction", "inserre-direction");

        driver.get(base + "staff/pay/statements.xhtml?month=" + month);
        Waits.textOf(driver, By.id("total-validated"));
        Browser.screenshot(driver, "staff-pay-statements");
        // The accounts office's CSV names the fixture's detainee: the only one with 7 h 00 validated that month.
        String csv = new String(fetch(driver.findElement(By.id("csv")).getAttribute("href"), "text/csv"),
                StandardCharsets.UTF_8);
        String amount = expectedAmount(month).replace(" €", "");
        String total = csv.lines().filter(line -> line.contains(";Total validé;")
                && line.endsWith(";420;7,00;;" + amount)).findFirst().orElseThrow(() -> new AssertionError(csv));
        String prisonNumber = total.split(";")[0];
        String name = total.split(";")[1];
        assertTrue(csv.lines().anyMatch(line -> line.startsWith(prisonNumber + ";" + name + ";"
                + HoursDocumentsFixture.WORKSHOP + ";validé;")), csv);

        WebElement row = row(prisonNumber);
        assertEquals(HOURS, row.findElement(By.cssSelector("[id$=':validatedHours']")).getText());
        String detaineeHref = row.findElement(By.cssSelector("a[id$=':name']")).getAttribute("href");
        String statementHref = row.findElement(By.cssSelector("a.statement-pdf")).getAttribute("href");

        String statement = pdfText(fetch(statementHref, "application/pdf"));
        assertTrue(statement.contains(prisonNumber) && statement.contains(name), statement);
        assertTrue(statement.contains(HoursDocumentsFixture.WORKSHOP), statement);
        assertTrue(statement.contains("Total " + HOURS + " " + expectedAmount(month)), statement);
        assertTrue(statement.contains("Montant brut dû pour le mois (heures validées) : " + expectedAmount(month)), statement);

        driver.get(detaineeHref);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        type(By.id("attestation:attestationFrom_input"), month.atDay(1).format(format));
        type(By.id("attestation:attestationTo_input"), month.atEndOfMonth().format(format));
        driver.findElement(By.id("attestation:issueAttestation")).click();
        String message = new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> infos = d.findElements(By.cssSelector("#messages .ui-messages-info"));
            return infos.isEmpty() ? null : infos.get(0).getText();
        });
        Matcher matcher = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}").matcher(message);
        assertTrue(matcher.find(), message);
        String code = matcher.group();
        Browser.screenshot(driver, "staff-attestation-issued");
        WebElement link = new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.attestation-pdf")));

        String attestation = pdfText(fetch(link.getAttribute("href"), "application/pdf"));
        assertTrue(attestation.contains("Attestation d'heures et de formations"), attestation);
        assertTrue(attestation.contains("Total travail " + HOURS), attestation);
        assertTrue(attestation.contains("Total formation et enseignement 0 h 00"), attestation);
        assertTrue(attestation.contains("Total général " + HOURS), attestation);
        assertTrue(attestation.contains(HoursDocumentsFixture.TRAINING), attestation);
        assertTrue(attestation.contains(code), attestation);
        assertTrue(!attestation.contains(prisonNumber), "no prison number on the paper shown outside");

        driver.get(base + "staff/hours/verify.xhtml");
        driver.findElement(By.id("verify:code")).sendKeys(code.toLowerCase().replace("-", " "));
        driver.findElement(By.id("verify:check")).click();
        assertEquals(HOURS, Waits.textOf(driver, By.id("found-total")));
        assertTrue(driver.findElement(By.id("verdict")).getText().contains("authentique"));
        assertEquals(prisonNumber, driver.findElement(By.id("found-prisonNumber")).getText());
    }

    /** Types the prison number in the table's first filter and waits for its row (the table is paginated). */
    private WebElement row(String prisonNumber) throws IOException {
        try {
            driver.findElements(By.cssSelector("thead input")).get(0).sendKeys(prisonNumber);
            return new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.cssSelector("tbody tr")).stream()
                            .filter(r -> r.getText().startsWith(prisonNumber)).findFirst().orElse(null));
        } catch (RuntimeException notFound) {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "screenshots", "staff-pay-statements.html"),
                    driver.getPageSource());
            throw notFound;
        }
    }

    /**
     * Puts a date in a date picker's field: what the form posts is this field's text (dd/MM/yyyy), parsed by
     * the server. Set by script: typing opens the picker's overlay, which then lies over the next field.
     */
    private void type(By field, String text) {
        WebElement input = driver.findElement(field);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, text);
        assertEquals(text, input.getAttribute("value"));
    }

    private byte[] fetch(String href, String type) throws IOException, InterruptedException {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), href);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type), href);
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\n', ' ').replace("\r", "").replace('\u00a0', ' ')
                    .replace('\u202f', ' ').replaceAll(" +", " ");
        }
    }
}
