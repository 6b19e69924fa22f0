package fr.inserre.kiosk.web.api;

import fr.inserre.kiosk.terminal.LaunchTicket;
import fr.inserre.kiosk.terminal.TerminalNotRecognisedException;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code POST /api/terminals/ticket} with the header {@code X-Inserre-Terminal: <code> <secret>} and
 * no body: the terminal's root-owned launcher gets a single-use launch ticket, valid one minute, and
 * starts its kiosk browser on {@code /terminal/start?ticket=...}. Answer:
 * {@code {"ticket":"...","expiresInSeconds":60}}. A missing or refused credential (revoked terminal
 * included) gets 403; a body gets 400; too many calls get 429.
 */
@Path("/terminals/ticket")
@RequestScoped
public class TerminalTicketResource {

    @Inject
    TerminalService terminals;

    @Inject
    TerminalCalls calls;

    @Context
    HttpServletRequest request;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(InputStream body) throws IOException {
        TerminalApiCall call = new TerminalApiCall("Launch ticket", request);
        Response throttled = call.throttle(calls).orElse(null);
        if (throttled != null) {
            return throttled;
        }
        if (call.secret().isEmpty()) {
            return call.notRecognised();
        }
        byte[] bytes = call.body(body, 0);
        if (bytes == null) {
            return call.badRequest(ApiError.TOO_LARGE, "a ticket request has no body");
        }
        try {
            LaunchTicket ticket = terminals.issueLaunchTicket(call.terminalCode(), call.secret().get());
            return Response.ok(Json.createObjectBuilder()
                    .add("ticket", ticket.value())
                    .add("expiresInSeconds", Math.max(0, Duration.between(Instant.now(), ticket.expiresAt()).toSeconds()))
                    .build()).build();
        } catch (TerminalNotRecognisedException refused) {
            return call.notRecognised();
        }
    }
}
