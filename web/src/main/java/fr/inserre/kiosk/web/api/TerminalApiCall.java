package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.SharedSecret;
import fr.inserre.kiosk.web.kiosk.PresentedCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the terminal API's calls share: the rate limit, the terminal's secret from the
 * {@value PresentedCredential#HEADER} header (a cookie is never accepted here: the browser cannot pose
 * as the terminal's tools), the bounded read of the body, and the refusals, each logged with the
 * terminal and address and never with a secret.
 */
final class TerminalApiCall {

    private static final Logger LOG = Logger.getLogger(TerminalApiCall.class.getName());

    private final String what;
    private final HttpServletRequest request;
    private final Optional<PresentedCredential> credential;

    TerminalApiCall(String what, HttpServletRequest request) {
        this.what = what;
        this.request = request;
        this.credential = PresentedCredential.header(request.getHeader(PresentedCredential.HEADER));
    }

    /** The terminal code claimed, upper-cased, or the client address when the request claims none. */
    String caller() {
        return credential.map(c -> c.terminalCode().toUpperCase(java.util.Locale.ROOT))
                .orElseGet(() -> "address " + request.getRemoteAddr());
    }

    /** 429 when the caller made too many calls this minute; empty when it may go on. */
    Optional<Response> throttle(TerminalCalls calls) {
        String key = caller();
        if (calls.allow(key)) {
            return Optional.empty();
        }
        LOG.warning(() -> what + " refused: too many calls from " + key + " (" + request.getRemoteAddr() + ")");
        return Optional.of(ApiError.builder(Response.Status.TOO_MANY_REQUESTS, ApiError.TOO_MANY_ATTEMPTS)
                .header("Retry-After", calls.secondsToWait(key)).build());
    }

    String terminalCode() {
        return credential.map(PresentedCredential::terminalCode).orElseThrow();
    }

    Optional<SharedSecret> secret() {
        return credential.flatMap(PresentedCredential::sharedSecret);
    }

    /** The body, or null when it is larger than {@code max} bytes (read no further than that). */
    byte[] body(InputStream body, int max) throws IOException {
        if (request.getContentLengthLong() > max) {
            return null;
        }
        byte[] bytes = body.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    /** 403: no terminal credential, or one the server refused (same answer whatever was wrong). */
    Response notRecognised() {
        LOG.warning(() -> what + " refused: terminal not recognised: " + caller() + " from " + request.getRemoteAddr());
        return ApiError.of(Response.Status.FORBIDDEN, ApiError.NOT_RECOGNISED);
    }

    /** 400 with the error; the log says why. */
    Response badRequest(String error, String why) {
        LOG.warning(() -> what + " refused from " + caller() + " (" + request.getRemoteAddr() + "): " + error
                + (why == null ? "" : " (" + why + ")"));
        return ApiError.of(Response.Status.BAD_REQUEST, error);
    }
}
