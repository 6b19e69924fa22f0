package fr.inserre.kiosk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.browser.DemoTerminal;
import fr.inserre.kiosk.testing.Deployments;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Security headers and cookie flags, as a browser receives them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    /** Kiosk pages answer only an enrolled terminal: this client acts as a demo terminal. */
    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (path.startsWith("kiosk/")) {
            request.header("Cookie", DemoTerminal.cookieHeader(base, DemoTerminal.CELL_A_001));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk/identity/login.xhtml", "staff/identity/login.xhtml", "nowhere.xhtml"})
    void everyAnswer_carriesTheSecurityHeaders_andIsNeverStored(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        if (response.statusCode() == 200) {
            assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")), "PrimeFaces CSP mode");
        }
    }

    @Test
    void sessionCookie_isHttpOnly_andSameSiteStrict() throws Exception {
        String cookie = get("staff/identity/login.xhtml").headers().firstValue("Set-Cookie").orElse("");

        assertTrue(cookie.startsWith("JSESSIONID="), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
    }

    @Test
    void staticResources_areCacheable() throws Exception {
        HttpResponse<String> response = get("jakarta.faces.resource/css/kiosk.css.xhtml");

        assertEquals(200, response.statusCode());
        assertTrue(!response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }
}
