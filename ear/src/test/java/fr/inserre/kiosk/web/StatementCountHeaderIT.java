package fr.inserre.kiosk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.testing.Deployments;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The benchmark's statement count (X-Inserre-Statements and X-Inserre-Writes,
 * web.common.StatementCountExtension): with -Dinserre.statements.header=true each response says how many
 * statements Hibernate prepared for its request, the same number as Hibernate's own statistics count for
 * it, and how many of them wrote; without the property there is no header. Counted around the whole servlet chain, authentication included (its redirect to the login
 * page carries a count too). Runs inside the server, to switch the property of the server's JVM and read the
 * statistics, and requests the demo terminals' list over HTTP (a page that reads the database). The
 * statistics count the whole server, so a timer of the application running at that moment would add
 * to them only: the request is tried up to three times for the two counts to meet.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountHeaderIT {

    /** The switch and the header of web.common.StatementCountExtension (the web module's classes are not on this classpath). */
    private static final String PROPERTY = "inserre.statements.header";
    private static final String HEADER = "X-Inserre-Statements";
    private static final String WRITES_HEADER = "X-Inserre-Writes";
    private static final String PAGE = "demo/terminal";
    private static final int TRIES = 3;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(StatementCountHeaderIT.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void switchOff() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void withTheProperty_theHeaderCountsTheStatementsOfItsRequest() throws Exception {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        System.setProperty(PROPERTY, "true");
        List<String> tries = new ArrayList<>();
        boolean met = false;
        for (int time = 0; time < TRIES && !met; time++) {
            statistics.clear();
            HttpResponse<String> page = get();
            long counted = statistics.getPrepareStatementCount();
            Optional<String> header = page.headers().firstValue(HEADER);
            assertTrue(header.isPresent(), "no " + HEADER + " header: " + page.headers().map());
            int statements = Integer.parseInt(header.get());
            assertTrue(statements >= 1, "the page reads the demo terminals: " + statements);
            int writes = Integer.parseInt(page.headers().firstValue(WRITES_HEADER).orElseThrow());
            assertTrue(writes >= 0 && writes <= statements, writes + " writes of " + statements);
            tries.add(statements + " in the header, " + counted + " by Hibernate's statistics");
            met = statements == counted;
        }
        assertTrue(met, tries.toString());

        // answered by the authentication itself, before any servlet filter: counted all the same
        HttpResponse<String> toLogin = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "kiosk/index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, toLogin.statusCode());
        assertTrue(toLogin.headers().firstValue(HEADER).isPresent(), toLogin.headers().map().toString());
    }

    @Test
    void withoutTheProperty_noHeader() throws Exception {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        HttpResponse<String> page = get();

        assertEquals(Optional.empty(), page.headers().firstValue(HEADER));
        assertEquals(Optional.empty(), page.headers().firstValue(WRITES_HEADER));
        assertTrue(statistics.getPrepareStatementCount() >= 1, "the request did prepare statements");
    }

    private HttpResponse<String> get() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + PAGE)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        return page;
    }
}
