package fr.inserre.kiosk.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's run command, pointed at a database that is not there, fails fast and says why. */
class DemoServerTest {

    @Test
    void run_failsWithinSeconds_namingTheVariableAndHost_whenNoDatabaseListensThere() throws Exception {
        int closedPort = closedPort();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "-Dinserre.ear=target/none.ear", "-Djboss.home=target/none", "-Dinserre.data.dir=target/none",
                DemoServer.class.getName()));
        builder.environment().put(DatabaseSettings.HOST, "127.0.0.1");
        builder.environment().put(DatabaseSettings.PORT, String.valueOf(closedPort));
        builder.redirectErrorStream(true);

        long start = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

        assertTrue(ended, "still running after 30 s");
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("INSERRE_DB_HOST=127.0.0.1") && output.contains("INSERRE_DB_PORT=" + closedPort),
                output);
        assertFalse(output.contains("\tat "), "no stack trace: " + output);
        assertTrue(seconds < 15, "took " + seconds + " s");
    }

    @Test
    void portOffset_isZeroWhenAbsent_andShiftsTheHttpPortOfTheAddress() {
        assertEquals(0, DemoServer.portOffset(null));
        assertEquals(0, DemoServer.portOffset(" "));
        assertEquals(URI.create("http://localhost:8080/inserre/"), DemoServer.base(DemoServer.portOffset(null)));
        assertEquals(URI.create("http://localhost:8580/inserre/"), DemoServer.base(DemoServer.portOffset("500")));
    }

    @Test
    void portOffset_refusesNegativeHugeOrNonNumericValues_namingTheProperty() {
        for (String wrong : List.of("-1", "50001", "abc", "5.5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DemoServer.portOffset(wrong));
            assertTrue(e.getMessage().contains("-Dinserre.port.offset"), e.getMessage());
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
