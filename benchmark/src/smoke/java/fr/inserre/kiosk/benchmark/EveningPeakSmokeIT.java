package fr.inserre.kiosk.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import fr.inserre.kiosk.devserver.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of the load benchmark in {@code mvn verify} (issue 10): the evening peak
 * ({@link EveningPeakSimulation}) for half a minute against a server of its own ({@link SmokeServer}:
 * the built EAR, demo mode, the statement count header), on one generated establishment
 * ({@link GenerateEstablishments}: 180 detainees with a year of history), with a few cell kiosks and
 * staff, think times shortened to at most a second so that each kiosk makes several whole visits. It
 * fails on any failed request (an error status, a check of a page, a kiosk request over its statement
 * bound, {@link StatementBound}), never on a response time. The server is stopped whatever happens.
 * <p>
 * Skipped with -Dsmoke.skip=true (and, as every integration test, with -DskipITs or -DskipTests).
 * Parameters (system properties, defaults in brackets): smoke.users [10], smoke.staff.users [2],
 * smoke.duration.seconds [30], smoke.ramp.seconds [5], smoke.pause.max.ms [1000], smoke.statements.max [5];
 * set by benchmark/pom.xml: inserre.ear, jboss.home (the ear module's), smoke.dir, inserre.smoke.port.offset.
 */
class EveningPeakSmokeIT {

    private static final int ESTABLISHMENTS = 1;
    /** Gatling's status when the run went through and its assertions held. */
    private static final int GATLING_SUCCESS = 0;

    @Test
    void eveningPeak_halfAMinute_withoutAFailedRequest() throws Exception {
        assumeFalse(Boolean.getBoolean("smoke.skip"), "-Dsmoke.skip=true");
        Path folder = Path.of(required("smoke.dir"));
        long began = System.nanoTime();
        try (SmokeServer server = SmokeServer.start(Path.of(required("inserre.ear")), Path.of(required("jboss.home")),
                folder, Integer.parseInt(System.getProperty("inserre.smoke.port.offset", "600")))) {
            long ready = System.nanoTime();
            System.out.printf("Smoke run: server ready in %.1f s%n", seconds(ready - began));
            parameters(server).forEach(System::setProperty);
            generate(server.database());
            long generated = System.nanoTime();

            int status = runGatling(folder.resolve("gatling"));
            long played = System.nanoTime();
            System.out.printf("Smoke run: establishment generated in %.1f s, Gatling %.1f s%n",
                    seconds(generated - ready), seconds(played - generated));
            assertEquals(GATLING_SUCCESS, status, "Gatling's run failed (status " + status + "): see the failed requests"
                    + " above and the report in " + folder.resolve("gatling") + "; the server's log is under "
                    + folder.resolve("server/log"));
        }
    }

    /**
     * BN001 in the server's database, unless it exists (a configured database used before), and the shift the run
     * plays there (workshop terminals and sessions for the clock-in and clock-out bursts, the roll-call sheet).
     */
    private static void generate(DatabaseSettings database) throws Exception {
        try (Connection db = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            GenerateEstablishments generator = new GenerateEstablishments(db, LocalDate.now(GenerateEstablishments.ZONE),
                    BenchmarkSettings.DEFAULT_PIN);
            for (int e = 1; e <= ESTABLISHMENTS; e++) {
                generator.generate(e);
            }
            GenerateEstablishments.planShift(db, BenchmarkSettings.from(System.getProperties()), ESTABLISHMENTS);
        }
    }

    /** The smoke's parameters of the evening peak (system properties read by {@link BenchmarkSettings}). */
    private static Map<String, String> parameters(SmokeServer server) {
        return Map.of(
                "base.url", server.base().toString(),
                "establishments", String.valueOf(ESTABLISHMENTS),
                "users", System.getProperty("smoke.users", "10"),
                "staff.users", System.getProperty("smoke.staff.users", "2"),
                "ramp.seconds", System.getProperty("smoke.ramp.seconds", "5"),
                "duration.seconds", System.getProperty("smoke.duration.seconds", "30"),
                "pin", BenchmarkSettings.DEFAULT_PIN,
                ThinkTimes.PARAMETER, System.getProperty("smoke.pause.max.ms", "1000"),
                StatementBound.PARAMETER, System.getProperty("smoke.statements.max", "5"));
    }

    /** The evening peak in this JVM, with the smoke's parameters set; Gatling's status (0: no assertion failed). */
    private static int runGatling(Path results) {
        return io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", EveningPeakSimulation.class.getName(),
            "--results-folder", results.toString(),
            "--run-description", "smoke run (mvn verify)"});
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing -D" + property + " (set by benchmark/pom.xml: run through mvn verify)");
        }
        return value;
    }
}
