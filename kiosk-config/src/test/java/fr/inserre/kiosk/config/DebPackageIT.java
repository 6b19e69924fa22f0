package fr.inserre.kiosk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The built .deb, read back with commons-compress: control fields, the exact file list with owners
 * and modes (nothing writable but by root, the credential's folder root-only), conffiles, maintainer
 * scripts and systemd units. Scripts are syntax-checked with /bin/sh -n.
 */
class DebPackageIT {

    private final DebPackage deb = DebPackage.built();

    @Test
    void isADebianBinaryPackage_forEveryArchitecture_withItsDependencies() {
        Map<String, String> fields = deb.fields();

        assertEquals("2.0\n", deb.debianBinary);
        assertEquals("inserre-kiosk", fields.get("Package"));
        assertTrue(fields.get("Version").matches("\\d+\\.\\d+\\.\\d+(~\\d{14})?"), fields.get("Version"));
        assertEquals("all", fields.get("Architecture"));
        // speech-dispatcher + its espeak-ng module + espeak-ng: the kiosk's read-aloud, spoken on the terminal.
        for (String needed : List.of("chromium", "cage", "xwayland", "curl", "jq", "ca-certificates", "adduser", "systemd",
                "libpam-systemd", "speech-dispatcher", "speech-dispatcher-espeak-ng", "espeak-ng")) {
            assertTrue(List.of(fields.get("Depends").split(",\\s*")).contains(needed), "depends on " + needed);
        }
        System.out.println("inserre-kiosk .deb: " + deb.size + " bytes, version " + fields.get("Version"));
        assertTrue(deb.size < 100_000, "a few scripts and files: " + deb.size);
    }

    @Test
    void containsExactlyTheseFiles_ownedByRoot_withTheseModes() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("etc/chromium/policies/managed/inserre-kiosk.json", "0644");
        expected.put("etc/pam.d/inserre-kiosk", "0644");
        expected.put("etc/sysctl.d/90-inserre-kiosk.conf", "0644");
        expected.put("etc/systemd/logind.conf.d/inserre-kiosk.conf", "0644");
        expected.put("etc/inserre-kiosk", "0700");
        expected.put("var/lib/inserre-kiosk", "0755");
        expected.put("lib/systemd/system/inserre-kiosk.service", "0644");
        expected.put("lib/systemd/system/inserre-kiosk-heartbeat.service", "0644");
        expected.put("lib/systemd/system/inserre-kiosk-heartbeat.timer", "0644");
        expected.put("usr/sbin/inserre-kiosk-enrol", "0755");
        expected.put("usr/lib/inserre-kiosk/common.sh", "0644");
        expected.put("usr/lib/inserre-kiosk/chromium-flags", "0644");
        expected.put("usr/lib/inserre-kiosk/heartbeat", "0755");
        expected.put("usr/lib/inserre-kiosk/kiosk-browser", "0755");
        expected.put("usr/lib/inserre-kiosk/prepare-session", "0755");
        expected.put("usr/lib/inserre-kiosk/write-server-policy", "0755");
        expected.put("usr/share/doc/inserre-kiosk/README.md", "0644");
        expected.put("usr/share/doc/inserre-kiosk/policies.md", "0644");

        Map<String, String> files = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        for (DebPackage.Entry entry : deb.data.values()) {
            if (!entry.directory() || expected.containsKey(entry.path())) {
                files.put(entry.path(), entry.permissions());
            }
            if (!entry.user().equals("root") || !entry.group().equals("root")) {
                wrong.add(entry.path() + " owned by " + entry.user() + ":" + entry.group());
            }
            if ((entry.mode() & 0022) != 0 || (entry.mode() & 07000) != 0) {
                wrong.add(entry.path() + " mode " + entry.permissions() + " (writable by others or set-id)");
            }
        }

        assertEquals(new TreeSet<>(expected.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()),
                new TreeSet<>(files.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList()));
        assertEquals(List.of(), wrong);
        assertFalse(deb.data.containsKey("etc/inserre-kiosk/credential"), "the credential comes from enrolment only");
    }

    @Test
    void configurationFiles_areConffiles_soAnUpgradeKeepsLocalEdits() {
        Set<String> conffiles = new TreeSet<>(List.of(deb.control.get("conffiles").text().strip().split("\n")));

        assertEquals(new TreeSet<>(List.of("/etc/chromium/policies/managed/inserre-kiosk.json",
                "/etc/pam.d/inserre-kiosk", "/etc/sysctl.d/90-inserre-kiosk.conf",
                "/etc/systemd/logind.conf.d/inserre-kiosk.conf")), conffiles);
    }

    @Test
    void maintainerScripts_areValidShell_andDoWhatTheGuideSays() throws Exception {
        for (String script : List.of("postinst", "prerm", "postrm")) {
            DebPackage.Entry entry = deb.control.get(script);
            assertEquals("0755", entry.permissions(), script);
            assertTrue(entry.text().startsWith("#!/bin/sh\n"), script);
            assertTrue(entry.text().contains("\nset -e\n"), script + " stops at the first failure");
            assertShellSyntax(script, entry.text());
        }
        String postinst = deb.control.get("postinst").text();
        String postrm = deb.control.get("postrm").text();
        String prerm = deb.control.get("prerm").text();

        assertTrue(postinst.contains("adduser --system --group --home /nonexistent --no-create-home --shell "
                + "/usr/sbin/nologin"), "an unprivileged user without shell nor home");
        assertTrue(postinst.contains("install -d -m 0700 -o root -g root /etc/inserre-kiosk"));
        assertTrue(postinst.contains("chmod 0600 /etc/inserre-kiosk/credential"), "credential 0600 after upgrades too");
        assertTrue(postinst.contains("systemctl mask --quiet getty@tty1.service ctrl-alt-del.target"));
        assertTrue(postinst.contains("systemctl enable --quiet inserre-kiosk.service inserre-kiosk-heartbeat.timer"));
        assertTrue(prerm.contains("systemctl stop inserre-kiosk.service"));
        assertTrue(postrm.contains("rm -rf /etc/inserre-kiosk /var/lib/inserre-kiosk"), "purge erases the credential");
        assertTrue(postrm.contains("deluser --quiet --system inserre-kiosk"));
    }

    @Test
    void programs_areValidShell_andNeverPutTheSecretOnACommandLine() throws Exception {
        for (String path : List.of("usr/sbin/inserre-kiosk-enrol", "usr/lib/inserre-kiosk/heartbeat",
                "usr/lib/inserre-kiosk/prepare-session", "usr/lib/inserre-kiosk/kiosk-browser",
                "usr/lib/inserre-kiosk/write-server-policy", "usr/lib/inserre-kiosk/common.sh")) {
            String text = deb.file(path).text();
            assertShellSyntax(path, text);
            assertFalse(text.contains("curl") && text.contains("X-Inserre-Terminal: $") && !text.contains("-H @-"),
                    path + ": the credential goes to curl on its standard input");
        }
        String common = deb.file("usr/lib/inserre-kiosk/common.sh").text();
        assertTrue(common.contains("printf 'X-Inserre-Terminal: %s\\n' \"$TERMINAL_CREDENTIAL\" | curl"), common);
        assertTrue(common.contains("CURL_PROTO='=https'"), "HTTPS only by default");
    }

    /** The unit's [Service] (or other section) settings, "Key" -> values in order. */
    private Map<String, List<String>> unit(String name, String section) {
        Map<String, List<String>> settings = new LinkedHashMap<>();
        String current = null;
        for (String line : deb.file("lib/systemd/system/" + name).text().split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("[")) {
                current = trimmed;
            } else if (section.equals(current) && !trimmed.startsWith("#") && trimmed.contains("=")) {
                settings.computeIfAbsent(trimmed.substring(0, trimmed.indexOf('=')), k -> new ArrayList<>())
                        .add(trimmed.substring(trimmed.indexOf('=') + 1));
            }
        }
        return settings;
    }

    @Test
    void kioskUnit_runsCageAndChromium_asTheKioskUser_restartedForEver_withoutVtSwitching() {
        Map<String, List<String>> service = unit("inserre-kiosk.service", "[Service]");
        Map<String, List<String>> head = unit("inserre-kiosk.service", "[Unit]");
        Map<String, List<String>> install = unit("inserre-kiosk.service", "[Install]");

        assertEquals(List.of("inserre-kiosk"), service.get("User"));
        assertEquals(List.of("always"), service.get("Restart"));
        assertEquals(List.of("0"), head.get("StartLimitIntervalSec"), "never gives up restarting");
        assertEquals(List.of("/usr/bin/cage -d -- /usr/lib/inserre-kiosk/kiosk-browser"), service.get("ExecStart"),
                "no -s: cage refuses VT switching");
        assertEquals(List.of("+/usr/lib/inserre-kiosk/prepare-session"), service.get("ExecStartPre"),
                "the launcher runs as root, the browser does not");
        assertEquals(List.of("inserre-kiosk"), service.get("RuntimeDirectory"), "profile folder removed at every stop");
        assertEquals(List.of("/dev/tty7"), service.get("TTYPath"));
        assertEquals(List.of("inserre-kiosk"), service.get("PAMName"));
        assertEquals(List.of("yes"), service.get("NoNewPrivileges"));
        assertEquals(List.of("graphical.target"), install.get("WantedBy"));
        String browser = deb.file("usr/lib/inserre-kiosk/kiosk-browser").text();
        assertTrue(browser.contains("exec /usr/bin/chromium $flags --user-data-dir=\"$KIOSK_RUN/profile\""), browser);
        assertTrue(deb.file("usr/lib/inserre-kiosk/chromium-flags").text().contains("\n--kiosk\n"));
        assertTrue(deb.file("usr/lib/inserre-kiosk/chromium-flags").text().contains("\n--enable-speech-dispatcher\n"),
                "the page's speech synthesis speaks through speech-dispatcher (read-aloud)");
        assertTrue(deb.file("usr/lib/inserre-kiosk/prepare-session").text().contains("rm -rf \"$KIOSK_RUN/profile\""),
                "the profile is wiped at every start");
        assertTrue(deb.file("etc/systemd/logind.conf.d/inserre-kiosk.conf").text().contains("\nNAutoVTs=0\n"));
        assertTrue(deb.file("etc/sysctl.d/90-inserre-kiosk.conf").text().contains("kernel.sysrq = 0"));
    }

    @Test
    void heartbeatTimer_firesEveryMinute_asRoot() {
        Map<String, List<String>> timer = unit("inserre-kiosk-heartbeat.timer", "[Timer]");
        Map<String, List<String>> service = unit("inserre-kiosk-heartbeat.service", "[Service]");

        assertEquals(List.of("60s"), timer.get("OnUnitActiveSec"));
        assertEquals(List.of("oneshot"), service.get("Type"));
        assertEquals(List.of("/usr/lib/inserre-kiosk/heartbeat"), service.get("ExecStart"));
        assertEquals(null, service.get("User"), "root: the credential is root's");
    }

    private static void assertShellSyntax(String name, String script) throws IOException, InterruptedException {
        Path file = Files.createTempFile("inserre-kiosk-", ".sh");
        try {
            Files.writeString(file, script);
            Process check = new ProcessBuilder("/bin/sh", "-n", file.toString()).redirectErrorStream(true).start();
            String out = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(check.waitFor(10, TimeUnit.SECONDS));
            assertEquals(0, check.exitValue(), name + ": " + out);
        } finally {
            Files.delete(file);
        }
    }
}
