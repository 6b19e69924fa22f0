package fr.inserre.kiosk.benchmark;

import fr.inserre.kiosk.devserver.DatabaseSettings;
import fr.inserre.kiosk.devserver.EmbeddedDatabase;
import fr.inserre.kiosk.devserver.WildFlyServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The smoke run's own server, started like the README's run command does it (ear module's devserver
 * classes): the database named by INSERRE_DB_* when INSERRE_DB_HOST is set (CI's test database), else an
 * embedded MariaDB under the given folder, recreated empty; the WildFly configured by the ear module
 * (ear/target) with a server folder of its own, the EAR, demo mode (the demo establishment the generator
 * copies) and the statement count header (-Dinserre.statements.header=true, for {@link StatementBound});
 * every port shifted by the given offset. {@link #close()} stops WildFly, then the embedded database, and
 * so does a JVM shutdown (Ctrl+C) in between.
 */
final class SmokeServer implements AutoCloseable {

    /** The database of the tests, when INSERRE_DB_HOST names a server without INSERRE_DB_NAME (as the ITs use). */
    static final String TEST_DATABASE = "inserre_test";
    static final String EMBEDDED_DATABASE = "inserre_smoke";
    private static final int HTTP_PORT = 8080;
    private static final int MANAGEMENT_PORT = 9990;
    /** Generous: a fresh database gets its schema and the demo data first, on a machine that may be busy. */
    private static final Duration STARTUP = Duration.ofMinutes(10);

    private final WildFlyServer server;
    private final EmbeddedDatabase embedded;
    private final DatabaseSettings database;
    private final URI base;
    private final Thread shutdownHook;

    private SmokeServer(WildFlyServer server, EmbeddedDatabase embedded, DatabaseSettings database, URI base) {
        this.server = server;
        this.embedded = embedded;
        this.database = database;
        this.base = base;
        this.shutdownHook = new Thread(this::stop, "smoke-server-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the database and WildFly with the EAR, and waits until the application answers. */
    static SmokeServer start(Path ear, Path wildflyHome, Path folder, int portOffset) throws Exception {
        int http = HTTP_PORT + portOffset;
        requireFree(http);
        requireFree(MANAGEMENT_PORT + portOffset);
        DatabaseSettings database = DatabaseSettings.fromEnvironment(System.getenv(), TEST_DATABASE);
        EmbeddedDatabase embedded = null;
        if (database == null) {
            embedded = EmbeddedDatabase.start(folder.resolve("mariadb"), EMBEDDED_DATABASE);
            embedded.recreate();
            database = embedded.settings();
        }
        WildFlyServer server = new WildFlyServer(wildflyHome, folder.resolve("server"));
        SmokeServer smoke = new SmokeServer(server, embedded, database,
                URI.create("http://localhost:" + http + "/inserre/"));
        try {
            database.checkReachable();
            System.out.println("Smoke server: database " + database + ", WildFly on port " + http + " (console: "
                    + server.consoleLog() + ")");
            server.prepare(ear);
            List<String> properties = new ArrayList<>(database.serverProperties());
            properties.add("-Dinserre.demo=true");
            properties.add("-D" + StatementBound.SERVER_PROPERTY + "=true");
            properties.add("-Djboss.socket.binding.port-offset=" + portOffset);
            server.start(properties);
            String problem = server.awaitReady(smoke.base.resolve("staff/identity/login.xhtml"), STARTUP);
            if (problem != null) {
                throw new IllegalStateException("The smoke server did not start: " + problem + ". See "
                        + server.consoleLog());
            }
            return smoke;
        } catch (Exception | Error e) {
            smoke.close();
            throw e;
        }
    }

    URI base() {
        return base;
    }

    DatabaseSettings database() {
        return database;
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
    }

    private synchronized void stop() {
        server.stop();
        if (embedded != null) {
            embedded.close();
        }
    }

    /** A port already taken would let the run talk to another server (another checkout's demo): refuse. */
    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use (another server?): run the smoke with"
                    + " another -Dinserre.smoke.port.offset, or skip it with -Dsmoke.skip=true", e);
        }
    }
}
