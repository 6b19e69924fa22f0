package fr.inserre.kiosk.devserver;

import fr.inserre.kiosk.demo.DemoDataLoader;
import fr.inserre.kiosk.demo.DemoMode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The README's run command (mvn -P run package): a MariaDB (embedded unless INSERRE_DB_HOST names
 * one), a WildFly with the EAR in demo mode, then the URLs and the demo accounts. Ctrl+C stops
 * WildFly, then the embedded database.
 */
public final class DemoServer {

    static final String DATABASE = "inserre";
    /** Shifts every WildFly port (HTTP 8080 + offset), so a second demo (e.g. a load benchmark's) can run beside one on 8080. */
    static final String PORT_OFFSET = "inserre.port.offset";
    private static final int HTTP_PORT = 8080;
    private static final int MAX_OFFSET = 50_000;

    private DemoServer() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path ear = Path.of(required("inserre.ear"));
        Path home = Path.of(required("jboss.home"));
        Path dataDir = Path.of(required("inserre.data.dir"));
        int offset = portOffset(System.getProperty(PORT_OFFSET));
        URI base = base(offset);

        EmbeddedDatabase embedded = null;
        DatabaseSettings settings;
        try {
            settings = DatabaseSettings.fromEnvironment(System.getenv(), DATABASE);
            if (settings == null) {
                System.out.println("No " + DatabaseSettings.HOST + ": starting an embedded MariaDB (data in "
                        + dataDir.resolve("mariadb") + ")");
                embedded = EmbeddedDatabase.start(dataDir.resolve("mariadb"), DATABASE);
                settings = embedded.settings();
            }
            settings.checkReachable();
        } catch (DatabaseUnreachableException e) {
            System.err.println();
            System.err.println("ERROR: " + e.getMessage());
            System.err.println("Fix the INSERRE_DB_* variables, or unset " + DatabaseSettings.HOST
                    + " to use the embedded database.");
            if (embedded != null) {
                embedded.close();
            }
            System.exit(2);
            return;
        }
        System.out.println("Database: " + settings);

        WildFlyServer server = new WildFlyServer(home, ear.getParent().resolve("server-run"));
        server.prepare(ear);
        List<String> properties = new ArrayList<>(settings.serverProperties());
        properties.add("-D" + DemoMode.PROPERTY + "=true");
        properties.add("-Djboss.socket.binding.port-offset=" + offset);
        EmbeddedDatabase database = embedded;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping WildFly...");
            server.stop();
            if (database != null) {
                System.out.println("Stopping the embedded MariaDB...");
                database.close();
            }
            System.out.println("Stopped.");
        }, "inserre-shutdown"));

        System.out.println("Starting WildFly (console: " + server.consoleLog() + ")");
        server.start(properties);
        String problem = server.awaitReady(base.resolve("staff/identity/login.xhtml"), Duration.ofMinutes(4));
        if (problem != null) {
            System.err.println("ERROR: " + problem + ". See " + server.consoleLog());
            System.exit(3);
            return;
        }
        banner(base, Duration.ofNanos(System.nanoTime() - start), server.residentMegabytes());
        int exit = server.waitFor();
        System.out.println("WildFly exited with code " + exit);
    }

    private static void banner(URI base, Duration startup, long rssMegabytes) {
        String line = "=".repeat(78);
        System.out.println();
        System.out.println(line);
        System.out.printf("  InSERRE Kiosk is running (ready in %.1f s, server resident memory %d MB)%n",
                startup.toMillis() / 1000.0, rssMegabytes);
        System.out.println();
        System.out.println("  Kiosk (detainees):    " + base.resolve("demo/terminal?code=BORNE-ARR-A-001"));
        System.out.println("    (this browser acts as the terminal of cell A-001; other terminals: "
                + base.resolve("demo/terminal") + ")");
        System.out.println("  Back-office (staff):  " + base.resolve("staff/"));
        System.out.println();
        System.out.println("  Demo establishment " + DemoDataLoader.ESTABLISHMENT_CODE + " (InSERRE Arras).");
        System.out.println("  Detainees: badge " + DemoDataLoader.badge(0) + " (cell A-001) to " + DemoDataLoader.badge(
                DemoDataLoader.DETAINEES - 1) + ", first PIN " + DemoDataLoader.DEMO_PIN
                + " (each person chooses their own at the first login).");
        System.out.println("  Badge " + DemoDataLoader.badge(0) + " logs in at the cell A-001 terminal; any badge at a workshop or");
        System.out.println("  espace-citoyen terminal (pick one at " + base.resolve("demo/terminal") + ").");
        System.out.println("  Staff (login / password):");
        for (DemoDataLoader.DemoStaff member : DemoDataLoader.STAFF) {
            System.out.printf("    %-15s %-24s %s %s - %s%n", member.login(), DemoDataLoader.password(member.login()),
                    member.firstName(), member.lastName(), member.roles());
        }
        System.out.println();
        System.out.println("  Ctrl+C stops WildFly and the database.");
        System.out.println(line);
    }

    /** The -Dinserre.port.offset value: blank means 0; anything else must be a whole number from 0 to 50000. */
    static int portOffset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        int offset;
        try {
            offset = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("-D" + PORT_OFFSET + " must be a whole number, not '" + value + "'");
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("-D" + PORT_OFFSET + " must be between 0 and " + MAX_OFFSET
                    + ", not " + offset);
        }
        return offset;
    }

    /** The application's address when WildFly's ports are shifted by the offset. */
    static URI base(int offset) {
        return URI.create("http://localhost:" + (HTTP_PORT + offset) + "/inserre/");
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing -D" + property + " (run through: mvn -P run package)");
        }
        return value;
    }
}
