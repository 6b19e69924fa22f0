package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.Heartbeat;
import fr.inserre.kiosk.terminal.TerminalConfiguration;
import fr.inserre.kiosk.terminal.TerminalNotRecognisedException;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code POST /api/terminals/heartbeat}, every minute, with the header
 * {@code X-Inserre-Terminal: <code> <secret>} and {@code {"version":"0.1.0-1","uptimeSeconds":3600,
 * "lastError":null}}. Answer: the configuration the kiosk applies,
 * {@code {"status":"ACTIVE","maintenance":false,"idleTimeoutSeconds":120,"language":"fr","heartbeatSeconds":60}}.
 * Malformed, invalid or oversized bodies get 400 and are logged; a missing or refused credential
 * (revoked terminal included) gets 403; too many calls get 429. Never a 500 for what a client sends.
 */
@Path("/terminals/heartbeat")
@RequestScoped
public class TerminalHeartbeatResource {

    /** Far above a well-formed report (about 600 bytes with the longest error). */
    static final int MAX_BODY_BYTES = 2048;

    @Inject
    TerminalService terminals;

    @Inject
    TerminalCalls calls;

    @Inject
    Validator validator;

    @Context
    HttpServletRequest request;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(InputStream body) throws IOException {
        TerminalApiCall call = new TerminalApiCall("Heartbeat", request);
        Response throttled = call.throttle(calls).orElse(null);
        if (throttled != null) {
            return throttled;
        }
        if (call.secret().isEmpty()) {
            return call.notRecognised();
        }
        byte[] bytes = call.body(body, MAX_BODY_BYTES);
        if (bytes == null) {
            return call.badRequest(ApiError.TOO_LARGE, null);
        }
        Optional<Heartbeat> report = HeartbeatRequest.parse(bytes);
        if (report.isEmpty()) {
            return call.badRequest(ApiError.MALFORMED, "not a heartbeat object");
        }
        Set<ConstraintViolation<Heartbeat>> violations = validator.validate(report.get());
        if (!violations.isEmpty()) {
            return call.badRequest(ApiError.MALFORMED, violations.stream()
                    .map(v -> v.getPropertyPath().toString()).sorted().collect(Collectors.joining(", ", "invalid ", "")));
        }
        try {
            TerminalConfiguration configuration = terminals.heartbeat(call.terminalCode(), call.secret().get(),
                    report.get());
            return Response.ok(Json.createObjectBuilder()
                    .add("status", configuration.status().name())
                    .add("maintenance", configuration.maintenance())
                    .add("idleTimeoutSeconds", configuration.idleTimeoutSeconds())
                    .add("language", configuration.language())
                    .add("heartbeatSeconds", configuration.heartbeatSeconds())
                    .build()).build();
        } catch (TerminalNotRecognisedException refused) {
            return call.notRecognised();
        }
    }
}
