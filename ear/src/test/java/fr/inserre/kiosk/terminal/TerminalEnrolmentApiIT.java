package fr.inserre.kiosk.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.LoopbackHttp;
import fr.inserre.kiosk.testing.LoopbackHttp.Answer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * The enrolment API from outside: whatever a client sends, it gets a short JSON answer, never a 500.
 * The happy path needs a code issued by IT: it is in TerminalsBrowserIT, through the staff page.
 * Each request comes from a loopback address of its own (see LoopbackHttp), so that the per-address
 * rate limit counts only the attempts of the test that means to exceed it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TerminalEnrolmentApiIT {

    private static final String PATH = "api/terminals/enrolment";
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private Answer post(String from, Map<String, String> headers, String body) throws Exception {
        return LoopbackHttp.send(from, base, "POST", PATH, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertJsonError(Answer answer, int status, String error) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.header("Content-Type").startsWith("application/json"), answer.header("Content-Type"));
        assertEquals("{\"error\":\"" + error + "\"}", answer.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{}", "{\"code\":123}", "{\"code\":null}", "{\"code\":\"\"}",
        "{\"code\":\"ABCDEFGHJK\",\"terminal\":\"BORNE-ARR-A-001\"}", "{\"code\":\"ABCDEFGHJK\"", "{\"code\":\"<script>\"}"})
    void malformedBody_gets400(String body) throws Exception {
        Answer answer = post(LoopbackHttp.freshAddress(), JSON, body);

        assertJsonError(answer, 400, "malformed_request");
    }

    @Test
    void oversizedBody_gets400_beforeBeingRead() throws Exception {
        String body = "{\"code\":\"ABCDEFGHJK\",\"padding\":\"" + "x".repeat(2_000) + "\"}";

        Answer answer = post(LoopbackHttp.freshAddress(), JSON, body);

        assertJsonError(answer, 400, "request_too_large");
    }

    @Test
    void oversizedBody_gets400_evenWithoutAContentLength() throws Exception {
        byte[] body = ("{\"code\":\"" + "A".repeat(5_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        // A body of unknown length (chunked): the server reads 1 KB and one byte, then stops.
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(400, response.statusCode());
        assertEquals("{\"error\":\"request_too_large\"}", response.body());
    }

    @Test
    void wrongCode_gets400_invalidCode() throws Exception {
        Answer answer = post(LoopbackHttp.freshAddress(), JSON, "{\"code\":\"ZZZZZ-ZZZZZ\"}");

        assertJsonError(answer, 400, "invalid_code");
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    @Test
    void otherMediaType_gets415_asJson() throws Exception {
        Answer answer = post(LoopbackHttp.freshAddress(), Map.of("Content-Type", "text/plain"), "code=ABCDEFGHJK");

        assertJsonError(answer, 415, "unsupported_media_type");
    }

    @Test
    void otherMethod_gets405_asJson() throws Exception {
        Answer answer = LoopbackHttp.send(LoopbackHttp.freshAddress(), base, "GET", PATH, Map.of(), null);

        assertJsonError(answer, 405, "method_not_allowed");
    }

    @Test
    void tenAttemptsAMinute_thenTheAddressGets429() throws Exception {
        String from = LoopbackHttp.freshAddress();
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertEquals(400, post(from, JSON, "{\"code\":\"ZZZZZ-ZZZZ" + (attempt % 8 + 2) + "\"}").status(),
                    "attempt " + attempt);
        }

        Answer eleventh = post(from, JSON, "{\"code\":\"ZZZZZ-ZZZZZ\"}");
        Answer elsewhere = post(LoopbackHttp.freshAddress(), JSON, "{\"code\":\"ZZZZZ-ZZZZZ\"}");

        assertJsonError(eleventh, 429, "too_many_attempts");
        assertNotNull(eleventh.header("Retry-After"));
        assertTrue(Integer.parseInt(eleventh.header("Retry-After")) <= 60, eleventh.header("Retry-After"));
        assertEquals(400, elsewhere.status(), "another address is not held back");
    }
}
