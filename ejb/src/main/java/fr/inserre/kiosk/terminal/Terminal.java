package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.common.AuditedEntity;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.Establishment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A kiosk terminal bound to one place of an establishment: a cell (at most one terminal per cell),
 * a workshop or the espace citoyen. It authenticates with its own credential, never a person's: IT
 * issues a one-time enrolment code, the terminal exchanges it once for a secret, and presents that
 * secret on every request. Only hashes of the code and the secret are kept. The life cycle is in
 * {@link TerminalStatus}; a method refuses a transition its status does not allow.
 */
@Entity
@Table(name = "terminal")
@NamedQuery(name = "Terminal.findByCode", query = "select t from Terminal t where t.code = :code")
@NamedQuery(name = "Terminal.findByCell", query = "select t from Terminal t where t.cell = :cell")
@NamedQuery(name = "Terminal.findByEnrolmentCodeHash", query = "select t from Terminal t "
        + "where t.enrolmentCodeHash = :hash")
@NamedQuery(name = "Terminal.markSeen", query = "update Terminal t set t.lastSeenAt = :now "
        + "where t.id = :id and (t.lastSeenAt is null or t.lastSeenAt <= :notAfter)")
@NamedQuery(name = "Terminal.findByLaunchTicketHash", query = "select t from Terminal t "
        + "where t.launchTicketHash = :hash")
@NamedQuery(name = "Terminal.recordHeartbeat", query = "update Terminal t set t.lastSeenAt = :now, "
        + "t.lastHeartbeatAt = :now, t.packageVersion = :version, t.uptimeSeconds = :uptime, t.lastError = :lastError "
        + "where t.id = :id")
@NamedQuery(name = "Terminal.countByEstablishmentAndKind", query = "select t.kind, count(t) from Terminal t "
        + "where t.establishment = :establishment group by t.kind")
public class Terminal extends AuditedEntity {

    public static final int CODE_MAX = 32;
    public static final int LOCATION_MAX = 120;
    public static final int STATUS_MAX = 20;

    /** How long an enrolment code stays valid by default. */
    public static final Duration ENROLMENT_CODE_VALIDITY = Duration.ofHours(24);

    /** How long a launch ticket stays valid: the launcher uses it within seconds. */
    public static final Duration LAUNCH_TICKET_VALIDITY = Duration.ofMinutes(1);

    public static final int PACKAGE_VERSION_MAX = 40;
    public static final int LAST_ERROR_MAX = 500;

    /** The last-seen time is kept to the minute: a kiosk's requests update it at most once a minute. */
    public static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    @NotBlank
    @Size(max = CODE_MAX)
    @Pattern(regexp = "[A-Z0-9-]+", message = "{terminal.code.pattern}")
    @Column(nullable = false, unique = true, updatable = false, length = CODE_MAX)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private TerminalKind kind;

    @NotBlank
    @Size(max = LOCATION_MAX)
    @Column(nullable = false, length = LOCATION_MAX)
    private String location;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "establishment_id", nullable = false, updatable = false)
    private Establishment establishment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cell_id", unique = true)
    private Cell cell;

    @NotNull
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = STATUS_MAX)
    private TerminalStatus status = TerminalStatus.PENDING_ENROLMENT;

    /** SHA-256 of the pending enrolment code; null when none is pending. */
    @Column(name = "enrolment_code_hash", length = TerminalSecrets.HASH_LENGTH)
    private String enrolmentCodeHash;

    @Column(name = "enrolment_code_expires_at")
    private Instant enrolmentCodeExpiresAt;

    /** SHA-256 of the secret received at enrolment; null unless enrolled. */
    @Column(name = "secret_hash", length = TerminalSecrets.HASH_LENGTH)
    private String secretHash;

    @Column(name = "enrolled_at")
    private Instant enrolledAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Updated by a bulk statement (Terminal.markSeen), never through this field: being seen is not an edit. */
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    /** Last heartbeat's report (see {@link Heartbeat}); written by Terminal.recordHeartbeat, never edited. */
    @Column(name = "package_version", length = PACKAGE_VERSION_MAX)
    private String packageVersion;

    @Column(name = "uptime_seconds")
    private Long uptimeSeconds;

    @Column(name = "last_error", length = LAST_ERROR_MAX)
    private String lastError;

    @Column(name = "last_heartbeat_at")
    private Instant lastHeartbeatAt;

    /** SHA-256 of the pending launch ticket (single use, one minute); null when none is pending. */
    @Column(name = "launch_ticket_hash", length = TerminalSecrets.HASH_LENGTH)
    private String launchTicketHash;

    @Column(name = "launch_ticket_expires_at")
    private Instant launchTicketExpiresAt;

    /** SHA-256 of the key of the browser session opened with the last ticket; null when none. */
    @Column(name = "browser_key_hash", length = TerminalSecrets.HASH_LENGTH)
    private String browserKeyHash;

    protected Terminal() {
        // for JPA
    }

    /** A terminal in a cell: its location is the cell. */
    public static Terminal inCell(String code, Cell cell) {
        Terminal terminal = new Terminal(code, TerminalKind.CELL, cell.getEstablishment(), cell.getLabel());
        terminal.cell = cell;
        return terminal;
    }

    /** A terminal in a workshop, a training room or the espace citoyen. */
    public static Terminal inRoom(String code, TerminalKind kind, Establishment establishment, String location) {
        if (kind == TerminalKind.CELL) {
            throw new CellTerminalWithoutCellException(code);
        }
        return new Terminal(code, kind, establishment, location);
    }

    private Terminal(String code, TerminalKind kind, Establishment establishment, String location) {
        this.code = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
        this.kind = kind;
        this.establishment = establishment;
        this.location = location == null ? null : location.strip();
    }

    /**
     * Issues a new one-time enrolment code, valid for the given time; a code issued before stops
     * working. A revoked terminal goes back to pending enrolment: its old secret was erased when it
     * was revoked, so only the holder of this new code can bring it back.
     *
     * @return the code in clear, the only time it exists: only its hash is kept
     */
    public String issueEnrolmentCode(Instant now, Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an enrolment code must be valid for some time: " + validity);
        }
        String code = TerminalSecrets.newEnrolmentCode();
        enrolmentCodeHash = TerminalSecrets.hash(code);
        enrolmentCodeExpiresAt = now.plus(validity);
        if (status == TerminalStatus.REVOKED) {
            status = TerminalStatus.PENDING_ENROLMENT;
            revokedAt = null;
        }
        return code;
    }

    /**
     * Exchanges the pending enrolment code for a new secret, once: the code is consumed. A pending
     * terminal becomes active; an enrolled one (new hardware, lost credential) keeps its status and
     * its previous secret stops working.
     *
     * @param typedCode the code as typed ("abcde-fghjk" is read as "ABCDEFGHJK")
     * @return the secret in clear, the only time it exists: only its hash is kept
     * @throws InvalidEnrolmentCodeException when no code is pending or this one is not it
     * @throws EnrolmentCodeExpiredException when the code is right but no longer valid
     */
    public String enrol(String typedCode, Instant now) {
        if (enrolmentCodeHash == null
                || !TerminalSecrets.matches(TerminalSecrets.normaliseEnrolmentCode(typedCode), enrolmentCodeHash)) {
            throw new InvalidEnrolmentCodeException();
        }
        if (isEnrolmentCodeExpired(now)) {
            throw new EnrolmentCodeExpiredException();
        }
        String secret = TerminalSecrets.newSecret();
        secretHash = TerminalSecrets.hash(secret);
        enrolmentCodeHash = null;
        enrolmentCodeExpiresAt = null;
        enrolledAt = now;
        // New hardware or a lost credential: the previous holder's browser is cut off too.
        endLaunches();
        if (status == TerminalStatus.PENDING_ENROLMENT) {
            status = TerminalStatus.ACTIVE;
        }
        return secret;
    }

    /** Whether a code is pending and its validity is over at that instant (the expiry instant included). */
    public boolean isEnrolmentCodeExpired(Instant now) {
        return enrolmentCodeExpiresAt != null && !now.isBefore(enrolmentCodeExpiresAt);
    }

    /** Cuts the terminal off: its secret and any pending code are erased; its next request is refused. */
    public void revoke(Instant now) {
        requireNotRevoked();
        status = TerminalStatus.REVOKED;
        revokedAt = Objects.requireNonNull(now, "now");
        secretHash = null;
        enrolmentCodeHash = null;
        enrolmentCodeExpiresAt = null;
        endLaunches();
    }

    /**
     * Issues a single-use launch ticket, valid {@link #LAUNCH_TICKET_VALIDITY}, for the browser the
     * terminal is about to start; a ticket issued before stops working. Only an enrolled terminal,
     * which proved itself with its secret, gets one.
     *
     * @return the ticket in clear, the only time it exists: only its hash is kept
     */
    public String issueLaunchTicket(Instant now) {
        requireNotRevoked();
        if (!status.isEnrolled()) {
            throw new TerminalNotEnrolledException(code);
        }
        String ticket = TerminalSecrets.newSecret();
        launchTicketHash = TerminalSecrets.hash(ticket);
        launchTicketExpiresAt = now.plus(LAUNCH_TICKET_VALIDITY);
        return ticket;
    }

    /**
     * Exchanges the launch ticket, once, for the key of a new browser session; the previous browser
     * session's key stops working (the kiosk session restarted).
     *
     * @return the browser key in clear, to give the browser as an HttpOnly cookie; only its hash is kept
     * @throws InvalidLaunchTicketException when the ticket is not this one, used, or expired
     */
    public String startBrowserSession(String ticket, Instant now) {
        boolean matches = TerminalSecrets.matches(ticket, launchTicketHash);
        boolean expired = launchTicketExpiresAt == null || !now.isBefore(launchTicketExpiresAt);
        launchTicketHash = null;
        launchTicketExpiresAt = null;
        if (!matches || expired || !status.isEnrolled()) {
            throw new InvalidLaunchTicketException();
        }
        String key = TerminalSecrets.newSecret();
        browserKeyHash = TerminalSecrets.hash(key);
        return key;
    }

    private void endLaunches() {
        launchTicketHash = null;
        launchTicketExpiresAt = null;
        browserKeyHash = null;
    }

    /**
     * Where the terminal stands for IT watching the fleet: its life-cycle status, and for an active
     * terminal whether it was heard from in the last {@code offlineAfter}.
     */
    public FleetStatus fleetStatus(Instant now, Duration offlineAfter) {
        return switch (status) {
            case PENDING_ENROLMENT -> FleetStatus.PENDING_ENROLMENT;
            case MAINTENANCE -> FleetStatus.MAINTENANCE;
            case REVOKED -> FleetStatus.REVOKED;
            case ACTIVE -> lastSeenAt != null && !lastSeenAt.isBefore(now.minus(offlineAfter))
                    ? FleetStatus.ONLINE : FleetStatus.OFFLINE;
        };
    }

    /** Takes an active terminal out of service: its kiosk shows a maintenance screen, nothing else. */
    public void startMaintenance() {
        requireNotRevoked();
        switch (status) {
            case ACTIVE -> status = TerminalStatus.MAINTENANCE;
            case MAINTENANCE -> throw new TerminalAlreadyInMaintenanceException(code);
            default -> throw new TerminalNotEnrolledException(code);
        }
    }

    /** Puts a terminal in maintenance back in service. */
    public void endMaintenance() {
        requireNotRevoked();
        if (status != TerminalStatus.MAINTENANCE) {
            throw new TerminalNotInMaintenanceException(code);
        }
        status = TerminalStatus.ACTIVE;
    }

    private void requireNotRevoked() {
        if (status == TerminalStatus.REVOKED) {
            throw new TerminalRevokedException(code);
        }
    }

    /**
     * Whether the credential proves this terminal: it must be enrolled (active or in maintenance) and
     * the credential must match: the terminal's secret, or the key of its current browser session.
     * The place where a client certificate would be checked too.
     */
    public boolean accepts(TerminalCredential credential) {
        // Hashed and compared even when not enrolled, so that the time taken says nothing of the status.
        boolean matches;
        if (credential instanceof SharedSecret secret) {
            matches = TerminalSecrets.matches(secret.value(), secretHash);
        } else if (credential instanceof BrowserKey key) {
            matches = TerminalSecrets.matches(key.value(), browserKeyHash);
        } else {
            matches = false;
        }
        return matches && status.isEnrolled();
    }

    /** Whether a request at that instant should update the last-seen time (at most once a minute). */
    public boolean isDueForLastSeen(Instant now) {
        return lastSeenAt == null || !now.isBefore(lastSeenAt.plus(LAST_SEEN_RESOLUTION));
    }

    /** What the kiosk may rely on once this terminal's credential is verified. */
    public TerminalAccess access() {
        return new TerminalAccess(getId(), code, kind, establishment.getId(), cell == null ? null : cell.getId(),
                status == TerminalStatus.MAINTENANCE);
    }

    String enrolmentCodeHash() {
        return enrolmentCodeHash;
    }

    String secretHash() {
        return secretHash;
    }

    Instant launchTicketExpiresAt() {
        return launchTicketExpiresAt;
    }

    public String getCode() {
        return code;
    }

    public TerminalKind getKind() {
        return kind;
    }

    public String getLocation() {
        return location;
    }

    public Establishment getEstablishment() {
        return establishment;
    }

    public Cell getCell() {
        return cell;
    }

    public TerminalStatus getStatus() {
        return status;
    }

    /** Until when the pending enrolment code is valid; null when none is pending. */
    public Instant getEnrolmentCodeExpiresAt() {
        return enrolmentCodeExpiresAt;
    }

    public Instant getEnrolledAt() {
        return enrolledAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    /** The kiosk-config package version the terminal last reported; null before its first heartbeat. */
    public String getPackageVersion() {
        return packageVersion;
    }

    public Long getUptimeSeconds() {
        return uptimeSeconds;
    }

    /** The last error the terminal reported (its kiosk session or heartbeat); null when none. */
    public String getLastError() {
        return lastError;
    }

    public Instant getLastHeartbeatAt() {
        return lastHeartbeatAt;
    }
}
