package fr.inserre.kiosk.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kiosk pages answer only an enrolled terminal, as an HTTP client sees it: a plain 403 page
 * otherwise, the same whatever was wrong. The demo terminal entry (the test server runs in demo
 * mode) enrols a demo terminal and hands its credential over as an HttpOnly cookie. Maintenance and
 * revocation, which need IT's page, are in TerminalsBrowserIT.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KioskTerminalAccessIT {

    /** A cell terminal of the demo establishment that no other test enrols. */
    private static final String TERMINAL = "BORNE-ARR-B-050";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    // Follows redirects: an unauthenticated kiosk page leads to the kiosk login, which checks the terminal.
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The cookie value "code.browserKey", as the header value "code browserKey". */
    private static String headerValue(String cookieHeader) {
        return cookieHeader.substring(cookieHeader.indexOf('=') + 1).replaceFirst("\\.", " ");
    }

    private static String text(String html, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    private static void assertNotRegisteredPage(HttpResponse<String> response) {
        assertEquals(403, response.statusCode());
        assertEquals("Terminal non enregistré", text(response.body(), "error-title"));
        assertFalse(response.body().contains("error-home"), "no way on");
        assertFalse(response.body().contains("tile-schedule"), "nothing of the kiosk");
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""), "security headers too");
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(1, response.headers().allValues("Content-Security-Policy").stream()
                .filter(p -> p.contains("frame-ancestors")).count(), "our policy once: the filter runs once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk/", "kiosk/index.xhtml", "kiosk/nowhere.xhtml"})
    void kioskPage_withoutCredential_isThePlainNotRegisteredPage(String path) throws Exception {
        assertNotRegisteredPage(get(path));
    }

    @Test
    void notRegisteredPage_saysTheSame_whateverWasWrong() throws Exception {
        String valid = DemoTerminal.cookieHeader(base, TERMINAL);
        String code = valid.substring(valid.indexOf('=') + 1, valid.indexOf('.'));
        String header = "X-Inserre-Terminal";

        List<HttpResponse<String>> refused = List.of(
                get("kiosk/"),
                get("kiosk/", header, "BORNE-NOWHERE-1 " + "a".repeat(43)),
                get("kiosk/", header, code + " " + "a".repeat(43)),
                get("kiosk/", header, "garbage"),
                get("kiosk/", "Cookie", "inserre_terminal=" + code + "." + "a".repeat(43)),
                get("kiosk/", "Cookie", "inserre_terminal=garbage"));

        for (HttpResponse<String> response : refused) {
            assertNotRegisteredPage(response);
            assertEquals(text(refused.get(0).body(), "error-text"), text(response.body(), "error-text"));
        }
    }

    @Test
    void kioskPage_isServed_toAnEnrolledTerminalsBrowser_byItsCookie() throws Exception {
        String cookie = DemoTerminal.cookieHeader(base, TERMINAL);

        HttpResponse<String> byCookie = get("kiosk/", "Cookie", cookie);

        assertEquals(200, byCookie.statusCode());
        assertTrue(byCookie.body().contains("login:badge"), "the kiosk login, behind which the kiosk is");
    }

    @Test
    void theBrowserKey_isNotTheTerminalSecret_andOpensNeitherTheHeaderNorTheTerminalApi() throws Exception {
        String cookie = DemoTerminal.cookieHeader(base, TERMINAL);

        HttpResponse<String> asHeader = get("kiosk/index.xhtml", "X-Inserre-Terminal", headerValue(cookie));
        HttpResponse<String> ticket = client.send(HttpRequest.newBuilder(URI.create(base + "api/terminals/ticket"))
                .header("X-Inserre-Terminal", headerValue(cookie)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertNotRegisteredPage(asHeader);
        assertEquals(403, ticket.statusCode(), ticket.body());
        assertEquals("{\"error\":\"terminal_not_recognised\"}", ticket.body());
    }

    @Test
    void facesResources_stayReachable_withoutCredential() throws Exception {
        String page = get("kiosk/").body();
        Matcher stylesheet = Pattern.compile("href=\"(/inserre/jakarta\\.faces\\.resource/css/kiosk\\.css[^\"]*)\"")
                .matcher(page);
        assertTrue(stylesheet.find(), "the refusal page has the kiosk's style");

        HttpResponse<String> css = client.send(HttpRequest.newBuilder(URI.create(base.getProtocol() + "://"
                + base.getAuthority() + stylesheet.group(1).replace("&amp;", "&"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, css.statusCode());
    }

    @Test
    void demoEntry_enrolsTheTerminal_setsAnHttpOnlyStrictCookieForTheKiosk_andOpensIt() throws Exception {
        HttpResponse<String> entry = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "demo/terminal?code=" + TERMINAL.toLowerCase())).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        String setCookie = entry.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("inserre_terminal=" + TERMINAL + ".")).findFirst().orElse("");
        assertEquals(302, entry.statusCode());
        assertTrue(entry.headers().firstValue("Location").orElse("").endsWith("/inserre/kiosk/"),
                entry.headers().map().toString());
        assertTrue(setCookie.matches("inserre_terminal=" + TERMINAL + "\\.[A-Za-z0-9_-]{43};.*"), setCookie);
        String attributes = setCookie.toLowerCase();
        assertTrue(attributes.contains("; httponly"), setCookie);
        assertTrue(attributes.contains("; samesite=strict"), setCookie);
        assertTrue(attributes.contains("; path=/inserre/kiosk"), setCookie);
        assertFalse(attributes.contains("max-age") || attributes.contains("expires"), "gone with the browser");
        assertEquals(200, get("kiosk/", "Cookie", setCookie.split(";", 2)[0]).statusCode());
    }

    @Test
    void demoEntry_again_endsThePreviousBrowsersAccess() throws Exception {
        String first = DemoTerminal.cookieHeader(base, TERMINAL);
        String second = DemoTerminal.cookieHeader(base, TERMINAL);

        assertNotRegisteredPage(get("kiosk/", "Cookie", first));
        assertEquals(200, get("kiosk/", "Cookie", second).statusCode());
    }

    @Test
    void demoEntry_withoutCode_listsTheDemoTerminals() throws Exception {
        HttpResponse<String> picker = get("demo/terminal");

        assertEquals(200, picker.statusCode());
        assertTrue(picker.body().contains("/inserre/demo/terminal?code=BORNE-ARR-A-001"), "links to the terminals");
        assertTrue(picker.body().contains("BORNE-ARR-EC-1"));
    }

    @Test
    void demoEntry_answers404_forATerminalThatIsNotADemoOne() throws Exception {
        HttpResponse<String> unknown = get("demo/terminal?code=BORNE-NOWHERE-1");

        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("inserre_terminal")));
    }
}
