package fr.inserre.kiosk.benchmark;

import io.gatling.http.response.Response;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;

/**
 * Issue 10's bound on SQL statements per kiosk request ({@code -Dstatements.max=N}, off by default): every
 * response to a kiosk request ({@code kiosk/...}) must carry the server's counts, headers
 * {@code X-Inserre-Statements} and {@code X-Inserre-Writes} (sent only by a server started with
 * {@code -Dinserre.statements.header=true}, as the smoke run's is). A GET may read with at most N
 * statements and write once: the terminal's last-seen time, which the server records at most once a
 * minute on whichever request comes then (KioskPageStatementsIT leaves it out by keeping the lower of
 * two counts). A POST (a form sent: login, "J'ai lu", Quitter, "Je commence", a request sent) may cost
 * {@value #POST_FACTOR} x N statements in all: a state change reads what it checks and writes its own records
 * (the presence and its entry, the tap's journal line, the audit record, the timesheet: 14 to 19 statements for
 * a clock-in or out, 11 for a training request). A request over its bound, or without the counts, is a failed
 * request (KO) and fails the run.
 * <p>
 * Checked in a protocol-wide response transformer rather than a check: Gatling runs no check on the
 * intermediate responses of a redirect, and the POSTs of the scenario are all answered by one.
 */
final class StatementBound {

    static final String PARAMETER = "statements.max";
    static final String HEADER = "X-Inserre-Statements";
    static final String WRITES_HEADER = "X-Inserre-Writes";
    /** A POST's bound, in GET bounds. */
    static final int POST_FACTOR = 4;
    /** What a kiosk GET may write: the terminal's last-seen time (at most once a minute). */
    static final int PAGE_WRITES = 1;
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
                response.headers().get(HEADER), response.headers().get(WRITES_HEADER));
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return response;
    }

    /**
     * What is wrong with this response (null when nothing is): no counts, or more statements than allowed.
     * The headers' values are null when absent.
     */
    String problem(String method, String path, String statementsHeader, String writesHeader) {
        if (!path.startsWith(kioskPath)) {
            return null;
        }
        String request = method + " " + path;
        if (statementsHeader == null || writesHeader == null) {
            return "no " + HEADER + " or " + WRITES_HEADER + " header on " + request + ": start the server with -D"
                    + SERVER_PROPERTY + "=true, or run without -D" + PARAMETER;
        }
        int statements;
        int writes;
        try {
            statements = Integer.parseInt(statementsHeader.strip());
            writes = Integer.parseInt(writesHeader.strip());
        } catch (NumberFormatException e) {
            return "the statement counts of " + request + " are not numbers: " + statementsHeader + ", " + writesHeader;
        }
        if (!"GET".equals(method)) {
            int allowed = POST_FACTOR * max;
            return statements > allowed ? request + ": " + statements + " SQL statements, more than " + allowed : null;
        }
        if (statements - writes > max) {
            return request + ": " + (statements - writes) + " SQL statements reading, more than " + max;
        }
        if (writes > PAGE_WRITES) {
            return request + ": " + writes + " SQL statements writing, more than " + PAGE_WRITES
                    + " (the terminal's last-seen time)";
        }
        return null;
    }

    @Override
    public String toString() {
        return "kiosk GET: at most " + max + " SQL statements reading and " + PAGE_WRITES + " writing; kiosk POST: at most "
                + POST_FACTOR * max + " (" + kioskPath + "...)";
    }
}
