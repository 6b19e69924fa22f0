package fr.inserre.kiosk.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import org.openqa.selenium.WebDriver;

/**
 * Kiosk pages answer only enrolled terminals; the test server runs in demo mode, where
 * {@code /demo/terminal?code=...} enrols a demo terminal afresh and gives the browser its credential
 * as a cookie. Tests act as a demo terminal through it, as a developer does.
 */
public final class DemoTerminal {

    /** The terminal of the demo establishment's first cell. */
    public static final String CELL_A_001 = "BORNE-ARR-A-001";
    /** A workshop terminal: any present detainee of the demo establishment may log in there. */
    public static final String WORKSHOP = "BORNE-ARR-ATL-MENUISERIE";
    /** A terminal of the espace citoyen: any present detainee of the demo establishment may log in there. */
    public static final String CITIZEN_SPACE = "BORNE-ARR-EC-1";
    /** The second terminal of the espace citoyen, for a second person at the same moment. */
    public static final String CITIZEN_SPACE_2 = "BORNE-ARR-EC-2";
    public static final String COOKIE = "inserre_terminal";

    private static final Set<WebDriver> ACTING = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    private DemoTerminal() {
    }

    /**
     * Makes the browser act as the terminal of cell A-001, once per browser.
     *
     * @return true when it did now (the browser is then on the kiosk home), false when it already had
     */
    public static boolean actAs(WebDriver driver, URL base) {
        return actAs(driver, base, CELL_A_001);
    }

    /** Makes the browser act as this demo terminal, once per browser (a browser is one terminal). */
    public static boolean actAs(WebDriver driver, URL base, String terminalCode) {
        if (!ACTING.add(driver)) {
            return false;
        }
        driver.get(base + "demo/terminal?code=" + terminalCode);
        return true;
    }

    /**
     * For tests without a browser: enrols the demo terminal afresh and returns its credential as the
     * value of a {@code Cookie} request header ({@code inserre_terminal=<code>.<secret>}).
     */
    public static String cookieHeader(URL base, String terminalCode) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "demo/terminal?code=" + terminalCode)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(COOKIE + "="))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no terminal cookie from the demo entry: "
                            + response.statusCode() + " " + response.headers().map()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
