package fr.inserre.kiosk.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.testing.AsSystem;
import fr.inserre.kiosk.testing.Deployments;
import fr.inserre.kiosk.testing.RunAsSystem;
import fr.inserre.kiosk.testing.TestEstablishments;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The terminal's own tools from the kiosk-config package (its sources: -Dinserre.kiosk.scripts),
 * run for real against this server: {@code inserre-kiosk-enrol} with a code IT issued, the session's
 * launcher ({@code prepare-session}) and the browser's start address, the {@code heartbeat}, then a
 * revocation. Their paths are moved into a folder of the test (INSERRE_KIOSK_* variables); plain HTTP
 * is allowed for the test server only (INSERRE_KIOSK_ALLOW_HTTP=1). Runs in the server's JVM, as
 * root on CI: the credential file must come out 0600 and owned by root.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(RunAsSystem.class)
class KioskPackageScriptsIT {

    private static final String VERSION = "0.1.0~20261130120000";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(KioskPackageScriptsIT.class);
    }

    @Inject
    AsSystem system;

    @Inject
    TerminalService terminals;

    @Inject
    EstablishmentService establishments;

    private Establishment establishment;
    private Path root;
    private Path data;
    private String server;
    private final HttpClient http = HttpClient.newHttpClient();
    /** For kiosk pages: an unauthenticated kiosk page leads to the kiosk login, which checks the terminal. */
    private final HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    /** What a script did: exit code and what it printed. */
    private record Run(int exit, String output) {
    }

    @BeforeEach
    void ownEstablishmentAndTerminalFolders() throws Exception {
        establishment = TestEstablishments.create(system, establishments, 100);
        root = Files.createTempDirectory("inserre-kiosk-terminal");
        data = Path.of(System.getProperty("inserre.kiosk.scripts", "../kiosk-config/src/deb/data")).toAbsolutePath();
        server = "http://127.0.0.1:" + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/inserre";
    }

    @AfterEach
    void removeFolders() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Run run(String program, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", data.resolve(program).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("INSERRE_KIOSK_LIB", data.resolve("usr/lib/inserre-kiosk").toString());
        env.put("INSERRE_KIOSK_ETC", root.resolve("etc/inserre-kiosk").toString());
        env.put("INSERRE_KIOSK_STATE", root.resolve("var/lib/inserre-kiosk").toString());
        env.put("INSERRE_KIOSK_RUN", root.resolve("run/inserre-kiosk").toString());
        env.put("INSERRE_KIOSK_POLICIES", root.resolve("etc/chromium/policies/managed").toString());
        env.put("INSERRE_KIOSK_ALLOW_HTTP", "1");
        env.put("INSERRE_KIOSK_NO_RESTART", "1");
        env.put("INSERRE_KIOSK_VERSION", VERSION);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), program + " ended");
        return new Run(process.exitValue(), output);
    }

    private Terminal newTerminal() {
        return terminals.registerInRoom("BORNE-" + establishment.getCode() + "-EC", TerminalKind.CITIZEN_SPACE,
                establishment.getId(), "Espace citoyen");
    }

    private static String field(String text, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(text);
        assertTrue(matcher.find(), text);
        return matcher.group(1);
    }

    @Test
    void enrol_launch_heartbeat_revoke_withThePackagesOwnScripts() throws Exception {
        Terminal terminal = newTerminal();
        String code = terminals.issueEnrolmentCode(terminal.getId());

        // IT types the code on the terminal, grouped as shown on the staff page.
        Run enrol = run("usr/sbin/inserre-kiosk-enrol", server + "/", code.substring(0, 5) + "-" + code.substring(5));
        Run again = run("usr/sbin/inserre-kiosk-enrol", server, code);

        assertEquals(0, enrol.exit(), enrol.output());
        assertTrue(enrol.output().contains("Terminal " + terminal.getCode() + " enrolled"), enrol.output());
        assertNotEquals(0, again.exit(), "a code works once");
        assertTrue(again.output().contains("refused the code"), again.output());
        Path credential = root.resolve("etc/inserre-kiosk/credential");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credential)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(credential.getParent())));
        assertEquals("root", Files.getOwner(credential).getName(), "run as root, as on a terminal");
        String stored = Files.readString(credential).strip();
        assertTrue(stored.matches(terminal.getCode() + " [A-Za-z0-9_-]{43}"), "code and secret, nothing else");
        String policy = Files.readString(root.resolve("etc/chromium/policies/managed/inserre-kiosk-server.json"));
        assertTrue(policy.replaceAll("\\s", "").contains("\"URLAllowlist\":[\"" + server + "/\"]"), policy);
        assertEquals(TerminalStatus.ACTIVE, terminals.get(terminal.getId()).getStatus());

        // The session starts: the root launcher gets a ticket, the browser opens its start address.
        Run launch = run("usr/lib/inserre-kiosk/prepare-session");
        assertEquals(0, launch.exit(), launch.output());
        String session = Files.readString(root.resolve("run/inserre-kiosk/session"));
        String start = field(session, "START_URL=(\\S+)");
        assertTrue(start.startsWith(server + "/terminal/start?ticket="), start);
        assertEquals("fr", field(session, "KIOSK_LANG=(\\S+)"));
        assertFalse(session.contains(stored.split(" ")[1]), "the browser never sees the secret");
        assertTrue(Files.isDirectory(root.resolve("run/inserre-kiosk/profile")), "a fresh profile folder");

        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create(start)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> reused = http.send(HttpRequest.newBuilder(URI.create(start)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(303, opened.statusCode());
        assertEquals("/inserre/kiosk/", opened.headers().firstValue("Location").orElse(""));
        String cookie = opened.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.matches("inserre_terminal=" + terminal.getCode() + "\\.[A-Za-z0-9_-]{43};.*"), cookie);
        assertTrue(cookie.toLowerCase().contains("; httponly"), cookie);
        assertFalse(cookie.contains(stored.split(" ")[1]), "the cookie holds a browser key, not the secret");
        assertEquals("no-store", opened.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(403, reused.statusCode(), "a ticket opens one browser session");
        HttpResponse<String> kiosk = following.send(HttpRequest.newBuilder(URI.create(server + "/kiosk/"))
                .header("Cookie", cookie.split(";", 2)[0]).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, kiosk.statusCode(), "the browser's cookie opens the kiosk");
        assertTrue(kiosk.body().contains("login:badge"), "the kiosk login, behind which the kiosk is");

        // The heartbeat reports; IT sees the version; the answer is kept for the session.
        Files.createDirectories(root.resolve("var/lib/inserre-kiosk"));
        Files.writeString(root.resolve("var/lib/inserre-kiosk/last-error"), "2026-11-30T10:00:00Z session: restarted");
        Run heartbeat = run("usr/lib/inserre-kiosk/heartbeat");
        assertEquals(0, heartbeat.exit(), heartbeat.output());
        String config = Files.readString(root.resolve("var/lib/inserre-kiosk/config.json"));
        assertTrue(config.contains("\"status\":\"ACTIVE\"") && config.contains("\"maintenance\":false"), config);
        Terminal reported = terminals.get(terminal.getId());
        assertEquals(VERSION, reported.getPackageVersion());
        assertEquals("2026-11-30T10:00:00Z session: restarted", reported.getLastError());
        assertTrue(reported.getUptimeSeconds() > 0);

        // IT revokes the terminal: its heartbeat and its next session start are refused, and say so.
        terminals.revoke(terminal.getId());
        Run refusedHeartbeat = run("usr/lib/inserre-kiosk/heartbeat");
        String lastError = Files.readString(root.resolve("var/lib/inserre-kiosk/last-error"));
        assertNotEquals(0, refusedHeartbeat.exit());
        assertTrue(lastError.contains("server refused the terminal (revoked?)"), lastError);
        HttpResponse<String> cutOff = following.send(HttpRequest.newBuilder(URI.create(server + "/kiosk/"))
                .header("Cookie", cookie.split(";", 2)[0]).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, cutOff.statusCode(), "the browser is cut off at its next request");
    }

    @Test
    void enrol_refusesWhatIsNotAnHttpsServerOrACode_beforeAnyRequest() throws Exception {
        Run notHttps = run("usr/sbin/inserre-kiosk-enrol", "ftp://kiosk.example/inserre", "ABCDE-FGHJK");
        Run injected = run("usr/sbin/inserre-kiosk-enrol", server, "ABCDE\"; rm -rf /");
        Run usage = run("usr/sbin/inserre-kiosk-enrol", server);

        assertNotEquals(0, notHttps.exit());
        assertTrue(notHttps.output().contains("not an https server address"), notHttps.output());
        assertNotEquals(0, injected.exit());
        assertTrue(injected.output().contains("not an enrolment code"), injected.output());
        assertNotEquals(0, usage.exit());
        assertTrue(usage.output().contains("usage: inserre-kiosk-enrol"), usage.output());
        assertFalse(Files.exists(root.resolve("etc/inserre-kiosk/credential")));
    }
}
