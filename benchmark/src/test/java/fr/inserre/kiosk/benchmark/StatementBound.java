package fr.inserre.kiosk.benchmark;

import io.gatling.http.response.Response;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;

/**
 * Issue 10's bound on SQL statements per kiosk request ({@code -Dstatements.max=N}, off by default): every
 * response to a kiosk request ({@code kiosk/...}) must carry the server's count, header
 * {@code X-Inserre-Statements} (sent only by a server started with {@code -Dinserre.statements.header=true},
 * as the smoke run's is), and a GET may cost at most N statements, a POST (a form sent, "J'ai lu", login,
 * Quitter) at most 2 x N, as KioskPageStatementsIT allows "J'ai lu" and the home it redirects to. A request
 * over its bound, or without the header, is a failed request (KO) and fails the run.
 * <p>
 * Checked in a protocol-wide response transformer rather than a check: Gatling runs no check on the
 * intermediate responses of a redirect, and the POSTs of the scenario are all answered by one.
 */
final class StatementBound {

    static final String PARAMETER = "statements.max";
    static final String HEADER = "X-Inserre-Statements";
    /** The server's switch for the header (web.common.StatementCountExtension). */
    static final String SERVER_PROPERTY = "inserre.statements.header";

    private final int max;
    private final String kioskPath;

    StatementBound(int max, String baseUrl) {
        if (max < 0) {
            throw new IllegalArgumentException(PARAMETER + " must not be negative, not " + max);
        }
        this.max = max;
        this.kioskPath = URI.create(baseUrl).getPath() + "kiosk/";
    }

    /** The bound of -Dstatements.max, if given. */
    static Optional<StatementBound> from(Properties parameters, String baseUrl) {
        String max = parameters.getProperty(PARAMETER);
        if (max == null || max.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new StatementBound(Integer.parseInt(max.strip()), baseUrl));
    }

    /** The protocol with the bound checked on every response, when -Dstatements.max is given; else as it is. */
    static HttpProtocolBuilder apply(HttpProtocolBuilder protocol, Properties parameters, String baseUrl) {
        return from(parameters, baseUrl).map(bound -> {
            System.out.println("Statement bound: " + bound);
            return protocol.transformResponse((response, session) -> bound.check(response));
        }).orElse(protocol);
    }

    private Response check(Response response) {
        String problem = problem(response.request().getMethod().name(), response.request().getUri().getPath(),
                response.headers().get(HEADER));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return response;
    }

    /** What is wrong with this response (null when nothing is): no count, or more statements than allowed. */
    String problem(String method, String path, String header) {
        if (!path.startsWith(kioskPath)) {
            return null;
        }
        if (header == null) {
            return "no " + HEADER + " header on " + method + " " + path + ": start the server with -D"
                    + SERVER_PROPERTY + "=true, or run without -D" + PARAMETER;
        }
        int statements;
        try {
            statements = Integer.parseInt(header.strip());
        } catch (NumberFormatException e) {
            return HEADER + " is not a count on " + method + " " + path + ": " + header;
        }
        int allowed = "GET".equals(method) ? max : 2 * max;
        return statements > allowed
                ? method + " " + path + ": " + statements + " SQL statements, more than " + allowed
                : null;
    }

    @Override
    public String toString() {
        return "at most " + max + " SQL statements per kiosk GET, " + 2 * max + " per kiosk POST (" + kioskPath + "...)";
    }
}
