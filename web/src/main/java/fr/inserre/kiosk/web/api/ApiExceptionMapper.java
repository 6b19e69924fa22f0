package fr.inserre.kiosk.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every failure of the API ends in a short JSON error: what JAX-RS refuses itself (unknown path 404,
 * wrong method 405, wrong media type 415...) keeps its status; anything unexpected is logged and
 * answered 500 without detail.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException refused) {
            Response.StatusType status = refused.getResponse().getStatusInfo();
            LOG.info(() -> "API request refused: " + status.getStatusCode() + " " + failure.getMessage());
            return ApiError.of(status, status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '_'));
        }
        LOG.log(Level.SEVERE, "API request failed", failure);
        return ApiError.of(Response.Status.INTERNAL_SERVER_ERROR, "server_error");
    }
}
