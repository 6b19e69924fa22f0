package fr.inserre.kiosk.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The people and terminals of the benchmark's generated establishments ({@link GenerateEstablishments}),
 * named so that the load can find them without reading the database: establishment e (1-based) has code
 * BN001..., 200 cells A-001 to D-050 with a terminal each (BORNE-BN001-A-001), 180 present detainees in the
 * first 180 cells, badge B + 3 digits of e + 4 digits of the index (B0010001 in A-001), every one with the
 * benchmark's PIN already chosen. Each terminal is enrolled with a secret derived from its code
 * ({@link #terminalSecret}), so the benchmark starts it exactly as a real launcher does (ticket with the
 * secret, then the browser's start page), on any server, demo mode or not. Benchmark data only: anyone who
 * reads this class knows every secret.
 */
final class GeneratedPopulation {

    static final int DETAINEES = 180;
    static final int CELLS = 200;
    static final int CELLS_PER_WING = 50;
    static final String[] WINGS = {"A", "B", "C", "D"};
    /** Mixed into every terminal secret; the SQL of the generator derives the same value. */
    static final String SECRET_SALT = "inserre-benchmark-terminal:";
    /** Staff logins of establishment e: its code in lower case, a dot, the demo login (bn001.surveillant). */
    static final List<String> SCHEDULE_READERS = List.of("surveillant", "travail", "formation", "direction", "cpip");

    private GeneratedPopulation() {
    }

    static String code(int establishment) {
        if (establishment < 1 || establishment > 999) {
            throw new IllegalArgumentException("establishments are numbered 1 to 999, not " + establishment);
        }
        return String.format("BN%03d", establishment);
    }

    static String cell(int index) {
        return String.format("%s-%03d", WINGS[index / CELLS_PER_WING], index % CELLS_PER_WING + 1);
    }

    static String badge(int establishment, int index) {
        return String.format("B%03d%04d", establishment, index + 1);
    }

    static String cellTerminal(int establishment, int index) {
        return "BORNE-" + code(establishment) + "-" + cell(index);
    }

    /** The terminal's secret: URL-safe Base64 of SHA-256 of salt + code, 43 characters like a real one. */
    static String terminalSecret(String terminalCode) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(SECRET_SALT + terminalCode));
    }

    /** What the application stores of a terminal's secret: SHA-256, in hexadecimal (TerminalSecrets.hash). */
    static String secretHash(String terminalCode) {
        return HexFormat.of().formatHex(sha256(terminalSecret(terminalCode)));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * One record per kiosk, establishment after establishment, each detainee at their own cell terminal:
     * the first {@code count} of the {@code establishments} x 180 detainees.
     */
    static Iterator<Map<String, Object>> detainees(int establishments, int count) {
        if (count > establishments * DETAINEES) {
            throw new IllegalArgumentException(count + " kiosks, but " + establishments + " establishments have "
                    + establishments * DETAINEES + " detainees");
        }
        return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> {
            int establishment = i / DETAINEES + 1;
            int index = i % DETAINEES;
            String terminal = cellTerminal(establishment, index);
            return Map.of("badge", badge(establishment, index), "terminal", terminal, "cell", cell(index),
                    "secret", terminalSecret(terminal));
        }).iterator();
    }

    /** Staff records, cycling through the establishments and the accounts that may read schedules. */
    static Iterator<Map<String, Object>> staff(int establishments, int count) {
        return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> {
            String login = SCHEDULE_READERS.get(i / Math.max(1, establishments) % SCHEDULE_READERS.size());
            return Map.of("login", code(i % establishments + 1).toLowerCase() + "." + login,
                    "password", "inserre-" + login);
        }).iterator();
    }

    /**
     * Managers, cycling through the establishments, then through the team queues ({@link ManagerChains#QUEUES}):
     * bn001.cpip (SPIP), bn002.cpip..., then bn001.direction (GREFFE)...: never two on the same queue.
     */
    static Iterator<Map<String, Object>> managers(int establishments, int count) {
        return IntStream.range(0, count).<Map<String, Object>>mapToObj(i -> {
            ManagerChains.Queue queue = ManagerChains.QUEUES.get(i / establishments);
            return Map.of("login", code(i % establishments + 1).toLowerCase() + "." + queue.login(),
                    "password", "inserre-" + queue.login(), "team", queue.team());
        }).iterator();
    }
}
