package fr.inserre.kiosk.web.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.terminal.BrowserKey;
import fr.inserre.kiosk.terminal.SharedSecret;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PresentedCredentialTest {

    private static final String SECRET = "q3Zp0w9c4Gm8yE1uKx7Rb2Ls5Nt6Vh0JdAaQiTfYoWs";

    @Test
    void of_readsTheHeader_codeSpaceSecret() {
        Optional<PresentedCredential> read = PresentedCredential.of(" BORNE-ARR-A-001 " + SECRET + " ", null);

        assertEquals(Optional.of(new PresentedCredential("BORNE-ARR-A-001", SECRET, false)), read);
    }

    @Test
    void of_readsTheCookie_codeDotBrowserKey() {
        Optional<PresentedCredential> read = PresentedCredential.of(null, "BORNE-ARR-A-001." + SECRET);

        assertEquals(Optional.of(new PresentedCredential("BORNE-ARR-A-001", SECRET, true)), read);
    }

    @Test
    void of_prefersTheHeader_andDoesNotFallBackToTheCookie_whenTheHeaderIsMalformed() {
        String cookie = "BORNE-ARR-A-002." + SECRET;

        assertEquals("BORNE-ARR-A-001",
                PresentedCredential.of("BORNE-ARR-A-001 " + SECRET, cookie).orElseThrow().terminalCode());
        assertTrue(PresentedCredential.of("garbage", cookie).isEmpty());
    }

    @Test
    void of_isEmpty_whenNeitherIsPresent() {
        assertTrue(PresentedCredential.of(null, null).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BORNE-ARR-A-001", "BORNE-ARR-A-001 ", "BORNE-ARR-A-001  " + SECRET,
        "BORNE ARR " + SECRET, "BORNE_ARR " + SECRET, "BORNE-ARR-A-001 short", "BORNE-ARR-A-001 " + SECRET + "!",
        "BORNE-ARR-A-001 " + SECRET + " extra", "BORNE-ARR-A-001." + SECRET})
    void header_refused_whenNotCodeSpaceSecret(String header) {
        assertTrue(PresentedCredential.of(header, null).isEmpty(), header);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "BORNE-ARR-A-001", "BORNE-ARR-A-001 " + SECRET, "BORNE-ARR-A-001." + SECRET + ".x",
        ".", "BORNE-ARR-A-001.", "." + SECRET})
    void cookie_refused_whenNotCodeDotSecret(String cookie) {
        assertTrue(PresentedCredential.of(null, cookie).isEmpty(), cookie);
    }

    @Test
    void of_refusesOverlongValues_beforeAnyDatabaseWork() {
        assertTrue(PresentedCredential.of("B".repeat(33) + " " + SECRET, null).isEmpty());
        assertTrue(PresentedCredential.of("BORNE-1 " + "s".repeat(SharedSecret.MAX + 1), null).isEmpty());
    }

    @Test
    void cookieAndHeaderValues_readBackTheSameCredential() {
        PresentedCredential inCookie = new PresentedCredential("BORNE-ARR-EC-1", SECRET, true);
        PresentedCredential inHeader = new PresentedCredential("BORNE-ARR-EC-1", SECRET, false);

        assertEquals(Optional.of(inCookie), PresentedCredential.of(null, inCookie.cookieValue()));
        assertEquals(Optional.of(inHeader), PresentedCredential.of(inHeader.headerValue(), null));
    }

    @Test
    void theCookieCarriesABrowserKey_onlyTheHeaderTheTerminalSecret() {
        PresentedCredential inCookie = PresentedCredential.of(null, "BORNE-ARR-EC-1." + SECRET).orElseThrow();
        PresentedCredential inHeader = PresentedCredential.header("BORNE-ARR-EC-1 " + SECRET).orElseThrow();

        assertEquals(new BrowserKey(SECRET), inCookie.credential());
        assertTrue(inCookie.sharedSecret().isEmpty(), "a browser key never passes for the terminal's secret");
        assertEquals(new SharedSecret(SECRET), inHeader.credential());
        assertEquals(Optional.of(new SharedSecret(SECRET)), inHeader.sharedSecret());
    }

    @Test
    void toString_neverShowsTheSecret() {
        PresentedCredential credential = new PresentedCredential("BORNE-ARR-EC-1", SECRET, false);

        assertFalse(credential.toString().contains(SECRET));
        assertFalse(credential.credential().toString().contains(SECRET));
    }
}
