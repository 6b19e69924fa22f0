package fr.inserre.kiosk.web.common;

import fr.inserre.kiosk.common.StatementCount;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletResponse;

/**
 * For the load benchmark and its smoke run only (issue 10): when the server runs with
 * {@code -Dinserre.statements.header=true}, every response of the application carries
 * {@code X-Inserre-Statements}, the number of SQL statements Hibernate prepared for that request on its
 * thread (authentication, terminal filter, services, page rendering: all of it), and
 * {@code X-Inserre-Writes}, how many of them were inserts, updates or deletes, counted by the ejb's
 * {@link StatementCount}. The benchmark fails a kiosk request that needs more than its bound. Off by
 * default (never set in production): the request then goes through untouched. Read at each request, so
 * a running server can be switched on from the management CLI
 * ({@code /system-property=inserre.statements.header:add(value=true)}).
 * <p>
 * An Undertow handler around the servlet chain, outside its security handlers (a servlet filter would
 * miss the requests that authentication answers itself, such as the redirect to a login page), declared
 * in META-INF/services. The header is written when the response is committed, so the statements of the
 * whole rendering count; while counting, the response buffer is large enough for any page, so that a page
 * is not committed half-way.
 */
public class StatementCountExtension implements ServletExtension {

    public static final String PROPERTY = "inserre.statements.header";
    public static final String HEADER = "X-Inserre-Statements";
    public static final String WRITES_HEADER = "X-Inserre-Writes";
    /** Larger than any page of the application. */
    static final int BUFFER_BYTES = 512 * 1024;

    private static final HttpString HEADER_NAME = new HttpString(HEADER);
    private static final HttpString WRITES_HEADER_NAME = new HttpString(WRITES_HEADER);

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addOuterHandlerChainWrapper(CountingHandler::new);
    }

    private record CountingHandler(HttpHandler next) implements HttpHandler {

        @Override
        public void handleRequest(HttpServerExchange exchange) throws Exception {
            if (!Boolean.getBoolean(PROPERTY)) {
                next.handleRequest(exchange);
                return;
            }
            StatementCount count = StatementCount.open();
            try {
                ServletResponse response = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY).getServletResponse();
                response.setBufferSize(Math.max(response.getBufferSize(), BUFFER_BYTES));
                exchange.addResponseCommitListener(committed -> committed.getResponseHeaders()
                        .put(HEADER_NAME, count.statements())
                        .put(WRITES_HEADER_NAME, count.writes()));
                next.handleRequest(exchange);
            } finally {
                StatementCount.close();
            }
        }
    }
}
