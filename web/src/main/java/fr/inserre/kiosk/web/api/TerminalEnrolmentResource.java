package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.Enrolment;
import fr.inserre.kiosk.terminal.EnrolmentRefusedException;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code POST /api/terminals/enrolment} with {@code {"code":"ABCDEFGHJK"}}: a terminal exchanges the
 * one-time enrolment code IT gave it for its credential, answered once, as
 * {@code {"terminal":"BORNE-ARR-A-001","secret":"..."}}. A malformed or oversized body, or a wrong or
 * expired code, gets 400 and a short JSON error (the same for a wrong and an expired code), logged
 * without the code; too many attempts from one address get 429.
 */
@Path("/terminals/enrolment")
@RequestScoped
public class TerminalEnrolmentResource {

    /** Far above what a well-formed request needs (about 30 bytes). */
    static final int MAX_BODY_BYTES = 1024;

    private static final Logger LOG = Logger.getLogger(TerminalEnrolmentResource.class.getName());

    @Inject
    TerminalService terminals;

    @Inject
    EnrolmentAttempts attempts;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response enrol(InputStream body) throws IOException {
        String client = request.getRemoteAddr();
        if (!attempts.allow(client)) {
            LOG.warning(() -> "Enrolment refused: too many attempts from " + client);
            return ApiError.builder(Response.Status.TOO_MANY_REQUESTS, ApiError.TOO_MANY_ATTEMPTS)
                    .header("Retry-After", attempts.secondsToWait(client)).build();
        }
        byte[] bytes = request.getContentLengthLong() > MAX_BODY_BYTES ? null : body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes == null || bytes.length > MAX_BODY_BYTES) {
            return refuse(client, ApiError.TOO_LARGE, null);
        }
        Optional<String> code = EnrolmentRequest.code(bytes);
        if (code.isEmpty()) {
            return refuse(client, ApiError.MALFORMED, null);
        }
        try {
            long start = System.nanoTime();
            Enrolment enrolment = terminals.enrol(code.get());
            LOG.info(() -> String.format("Terminal %s enrolled from %s in %d ms", enrolment.terminalCode(), client,
                    (System.nanoTime() - start) / 1_000_000));
            return Response.ok(Json.createObjectBuilder()
                    .add("terminal", enrolment.terminalCode())
                    .add("secret", enrolment.secret())
                    .build()).build();
        } catch (EnrolmentRefusedException refused) {
            return refuse(client, ApiError.INVALID_CODE, refused.getMessageKey());
        }
    }

    /** 400 with the error; the log says why, never with the code itself. */
    private static Response refuse(String client, String error, String why) {
        LOG.warning(() -> "Enrolment refused from " + client + ": " + error + (why == null ? "" : " (" + why + ")"));
        return ApiError.of(Response.Status.BAD_REQUEST, error);
    }
}
