package fr.inserre.kiosk.web.api;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The API's error answers: a status and a short JSON body {@code {"error":"<reason>"}}, a stable
 * machine-readable reason and nothing else (no message, no stack trace).
 */
final class ApiError {

    static final String MALFORMED = "malformed_request";
    static final String TOO_LARGE = "request_too_large";
    static final String INVALID_CODE = "invalid_code";
    static final String TOO_MANY_ATTEMPTS = "too_many_attempts";
    static final String NOT_RECOGNISED = "terminal_not_recognised";

    private ApiError() {
    }

    static Response of(Response.StatusType status, String reason) {
        return builder(status, reason).build();
    }

    static Response.ResponseBuilder builder(Response.StatusType status, String reason) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.createObjectBuilder().add("error", reason).build());
    }
}
