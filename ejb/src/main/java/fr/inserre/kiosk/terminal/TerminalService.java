package fr.inserre.kiosk.terminal;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.PageRequest;
import fr.inserre.kiosk.common.QueryConditions;
import fr.inserre.kiosk.establishment.Cell;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.establishment.UnknownCellException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Registers the terminals of an establishment, enrols them and checks their credential on every
 * kiosk request. Every change is audited; refused enrolments, refused credentials of known terminals
 * and refused transitions are audited as refusals.
 */
@Stateless
@RolesAllowed({Roles.IT_ADMIN, Roles.SYSTEM})
public class TerminalService {

    /** How long a typed enrolment code may be before it is refused unread (10 characters, maybe grouped). */
    public static final int ENROLMENT_CODE_INPUT_MAX = 32;

    static final String ENTITY = "Terminal";
    static final String ISSUE = "terminal.enrolmentCode.issue";
    static final String ENROL = "terminal.enrol";
    static final String AUTHENTICATE = "terminal.authenticate";
    static final String REVOKE = "terminal.revoke";
    static final String MAINTENANCE_START = "terminal.maintenance.start";
    static final String MAINTENANCE_END = "terminal.maintenance.end";
    static final String LAUNCH_TICKET = "terminal.launchTicket.issue";
    static final String BROWSER_SESSION = "terminal.browserSession.start";
    static final String HEARTBEAT = "terminal.heartbeat";

    /** How often terminals report (the package's timer says the same). */
    public static final int HEARTBEAT_SECONDS = 60;

    /** The kiosk's default language, which a terminal's browser starts in. */
    public static final String DEFAULT_LANGUAGE = "fr";

    /** An active terminal silent for longer than this is shown offline (-Dinserre.terminal.offlineAfterMinutes). */
    public static final int OFFLINE_AFTER_MINUTES_DEFAULT = 3;

    /** Columns the IT list may sort on, mapped to JPQL paths (never taken raw from the client). */
    static final Map<String, String> SORTABLE = Map.of(
            "code", "t.code",
            "kind", "t.kind",
            "location", "t.location",
            "status", "t.status",
            "lastSeenAt", "t.lastSeenAt",
            "packageVersion", "t.packageVersion",
            "lastHeartbeatAt", "t.lastHeartbeatAt");

    private static final Logger LOG = Logger.getLogger(TerminalService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Terminal registerInCell(@NotBlank @Size(max = Terminal.CODE_MAX) String code, long cellId) {
        Cell cell = em.find(Cell.class, cellId);
        if (cell == null) {
            throw new UnknownCellException(String.valueOf(cellId));
        }
        if (!em.createNamedQuery("Terminal.findByCell", Terminal.class).setParameter("cell", cell)
                .getResultList().isEmpty()) {
            throw new DuplicateTerminalException(cell.getLabel());
        }
        return persist(Terminal.inCell(code, cell));
    }

    public Terminal registerInRoom(@NotBlank @Size(max = Terminal.CODE_MAX) String code, @NotNull TerminalKind kind,
            long establishmentId, @NotBlank @Size(max = Terminal.LOCATION_MAX) String location) {
        return persist(Terminal.inRoom(code, kind, establishments.get(establishmentId), location));
    }

    private Terminal persist(Terminal terminal) {
        if (findByCode(terminal.getCode()).isPresent()) {
            throw new DuplicateTerminalException(terminal.getCode());
        }
        em.persist(terminal);
        em.flush();
        audit.record("terminal.register", ENTITY, terminal.getId());
        return terminal;
    }

    @PermitAll
    public Optional<Terminal> findByCode(String code) {
        return em.createNamedQuery("Terminal.findByCode", Terminal.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    public Terminal get(long terminalId) {
        Terminal terminal = em.find(Terminal.class, terminalId);
        if (terminal != null) {
            staffAccess.requireEstablishment(terminal.getEstablishment().getId());
        }
        if (terminal == null) {
            throw new UnknownTerminalException(terminalId);
        }
        return terminal;
    }

    /**
     * Issues a one-time enrolment code for the terminal, valid {@link Terminal#ENROLMENT_CODE_VALIDITY};
     * a code issued before stops working.
     *
     * @return the code in clear, to show to IT once: the server keeps only its hash
     */
    public String issueEnrolmentCode(long terminalId) {
        Terminal terminal = get(terminalId);
        String code = terminal.issueEnrolmentCode(clock.instant(), Terminal.ENROLMENT_CODE_VALIDITY);
        audit.record(ISSUE, ENTITY, terminal.getId());
        return code;
    }

    /**
     * Exchanges an enrolment code for the terminal's secret, once. Refused (and audited as refused)
     * when no terminal waits for this code or when it expired.
     *
     * @return the terminal's code and its secret in clear, to hand to the terminal once
     */
    @PermitAll
    public Enrolment enrol(@NotBlank @Size(max = ENROLMENT_CODE_INPUT_MAX) String enrolmentCode) {
        String hash = TerminalSecrets.hash(TerminalSecrets.normaliseEnrolmentCode(enrolmentCode));
        // Locked: two requests racing with the same code cannot both get a secret.
        Terminal terminal = em.createNamedQuery("Terminal.findByEnrolmentCodeHash", Terminal.class)
                .setParameter("hash", hash)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (terminal == null) {
            audit.recordRefusal(ENROL, ENTITY, null, "unknown, used or replaced enrolment code");
            throw new InvalidEnrolmentCodeException();
        }
        String secret;
        try {
            secret = terminal.enrol(enrolmentCode, clock.instant());
        } catch (EnrolmentRefusedException refusal) {
            audit.recordRefusal(ENROL, ENTITY, terminal.getId(), refusal.getMessageKey());
            throw refusal;
        }
        audit.record(ENROL, ENTITY, terminal.getId());
        return new Enrolment(terminal.getCode(), secret);
    }

    /**
     * Checks a kiosk request's terminal credential. Accepted for an enrolled terminal (active or in
     * maintenance: the access says which); refused with the same exception for an unknown, pending or
     * revoked terminal and for a wrong credential. Refusals of a known terminal are audited. Records
     * when the terminal was last seen, at most once a minute, without touching its version.
     *
     * @param terminalCode the code the terminal claims, e.g. BORNE-ARR-A-001
     * @param credential what proves it (today its secret; later possibly a client certificate)
     */
    @PermitAll
    public TerminalAccess authenticate(@NotBlank @Size(max = Terminal.CODE_MAX) String terminalCode,
            @NotNull @Valid TerminalCredential credential) {
        return seen(authenticated(terminalCode, credential, AUTHENTICATE));
    }

    /**
     * The same check as {@link #authenticate(String, TerminalCredential)} (refusals, audit, last seen) of
     * a terminal the caller has already read with the code presented, e.g. together with what else a
     * kiosk request needs in one statement (identity.KioskLoginService#standing); null when no terminal
     * has that code.
     */
    @PermitAll
    public TerminalAccess authenticate(Terminal found, @NotBlank @Size(max = Terminal.CODE_MAX) String terminalCode,
            @NotNull @Valid TerminalCredential credential) {
        Terminal terminal = found != null && found.getCode().equals(normaliseCode(terminalCode)) ? found : null;
        return seen(checked(terminal, terminalCode, credential, AUTHENTICATE));
    }

    /** Records when the terminal was last seen, at most once a minute; its access for the request. */
    private TerminalAccess seen(Terminal terminal) {
        Instant now = clock.instant();
        if (terminal.isDueForLastSeen(now)) {
            // A bulk update: no version increment, so a kiosk's requests never collide with IT's edits.
            em.createNamedQuery("Terminal.markSeen").setParameter("id", terminal.getId()).setParameter("now", now)
                    .setParameter("notAfter", now.minus(Terminal.LAST_SEEN_RESOLUTION)).executeUpdate();
        }
        return terminal.access();
    }

    /** The terminal whose credential this is; refused (and, for a known terminal, audited) otherwise. */
    private Terminal authenticated(String terminalCode, TerminalCredential credential, String action) {
        return checked(findByCode(normaliseCode(terminalCode)).orElse(null), terminalCode, credential, action);
    }

    /** A terminal code as stored (codes are upper case). */
    public static String normaliseCode(String terminalCode) {
        return terminalCode.strip().toUpperCase(Locale.ROOT);
    }

    private Terminal checked(Terminal terminal, String terminalCode, TerminalCredential credential, String action) {
        if (terminal == null) {
            LOG.fine(() -> "Unknown terminal code presented: " + terminalCode);
            throw new TerminalNotRecognisedException();
        }
        if (!terminal.accepts(credential)) {
            audit.recordRefusal(action, ENTITY, terminal.getId(), terminal.getStatus().isEnrolled()
                    ? "wrong credential" : "terminal " + terminal.getStatus());
            throw new TerminalNotRecognisedException();
        }
        return terminal;
    }

    /**
     * Gives the terminal's launcher, which proved the terminal with its secret, a single-use ticket
     * valid {@link Terminal#LAUNCH_TICKET_VALIDITY} for the browser it is about to start. Audited.
     *
     * @throws TerminalNotRecognisedException for anything but an enrolled terminal and its secret
     */
    @PermitAll
    public LaunchTicket issueLaunchTicket(@NotBlank @Size(max = Terminal.CODE_MAX) String terminalCode,
            @NotNull @Valid SharedSecret secret) {
        Terminal terminal = authenticated(terminalCode, secret, LAUNCH_TICKET);
        String ticket = terminal.issueLaunchTicket(clock.instant());
        audit.record(LAUNCH_TICKET, ENTITY, terminal.getId());
        return new LaunchTicket(ticket, terminal.launchTicketExpiresAt());
    }

    /**
     * Exchanges a launch ticket, once, for the key of a new browser session of its terminal (the
     * previous browser's key stops working). Refused and audited when the ticket is unknown, used,
     * replaced or expired.
     */
    @PermitAll
    public BrowserSession startBrowserSession(@NotBlank @Size(max = SharedSecret.MAX) String ticket) {
        // Locked: two requests racing with the same ticket cannot both open a session.
        Terminal terminal = em.createNamedQuery("Terminal.findByLaunchTicketHash", Terminal.class)
                .setParameter("hash", TerminalSecrets.hash(ticket))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (terminal == null) {
            audit.recordRefusal(BROWSER_SESSION, ENTITY, null, "unknown, used or replaced launch ticket");
            throw new InvalidLaunchTicketException();
        }
        String key;
        try {
            key = terminal.startBrowserSession(ticket, clock.instant());
        } catch (InvalidLaunchTicketException refusal) {
            audit.recordRefusal(BROWSER_SESSION, ENTITY, terminal.getId(), "expired launch ticket");
            throw refusal;
        }
        audit.record(BROWSER_SESSION, ENTITY, terminal.getId());
        return new BrowserSession(terminal.getCode(), key);
    }

    /**
     * Records a terminal's heartbeat (not audited: one a minute per terminal; refusals are) and
     * answers the configuration its kiosk applies. Only the terminal's secret is accepted, never a
     * browser key: the browser cannot pose as the terminal's tools.
     *
     * @throws TerminalNotRecognisedException for a revoked, pending or unknown terminal or a wrong secret
     */
    @PermitAll
    public TerminalConfiguration heartbeat(@NotBlank @Size(max = Terminal.CODE_MAX) String terminalCode,
            @NotNull @Valid SharedSecret secret, @NotNull @Valid Heartbeat report) {
        Terminal terminal = authenticated(terminalCode, secret, HEARTBEAT);
        em.createNamedQuery("Terminal.recordHeartbeat")
                .setParameter("id", terminal.getId())
                .setParameter("now", clock.instant())
                .setParameter("version", report.packageVersion())
                .setParameter("uptime", report.uptimeSeconds())
                .setParameter("lastError", report.lastError() == null || report.lastError().isBlank() ? null
                        : report.lastError().strip())
                .executeUpdate();
        return new TerminalConfiguration(terminal.getStatus(), terminal.getEstablishment().getKioskIdleSeconds(),
                DEFAULT_LANGUAGE, HEARTBEAT_SECONDS);
    }

    /** How long an active terminal may stay silent before the fleet page shows it offline. */
    @PermitAll
    public Duration offlineAfter() {
        return Duration.ofMinutes(Math.max(1, Integer.getInteger("inserre.terminal.offlineAfterMinutes",
                OFFLINE_AFTER_MINUTES_DEFAULT)));
    }

    /** Cuts the terminal off at its next request. */
    public void revoke(long terminalId) {
        change(terminalId, REVOKE, terminal -> terminal.revoke(clock.instant()));
    }

    /** Puts an active terminal in maintenance: its kiosk shows a maintenance screen. */
    public void startMaintenance(long terminalId) {
        change(terminalId, MAINTENANCE_START, Terminal::startMaintenance);
    }

    /** Puts a terminal in maintenance back in service. */
    public void endMaintenance(long terminalId) {
        change(terminalId, MAINTENANCE_END, Terminal::endMaintenance);
    }

    private void change(long terminalId, String action, Consumer<Terminal> transition) {
        Terminal terminal = get(terminalId);
        try {
            transition.accept(terminal);
        } catch (BusinessException refusal) {
            audit.recordRefusal(action, ENTITY, terminal.getId(), refusal.getMessageKey());
            throw refusal;
        }
        audit.record(action, ENTITY, terminal.getId());
    }

    /** One page of the establishment's terminals matching the filter, in one statement. */
    public List<Terminal> list(long establishmentId, @NotNull @Valid TerminalFilter filter,
            @NotNull @Valid PageRequest page) {
        staffAccess.requireEstablishment(establishmentId);
        QueryConditions where = where(establishmentId, filter, clock.instant().minus(offlineAfter()));
        String order = SORTABLE.getOrDefault(page.sortField() == null ? "" : page.sortField(), "t.code")
                + (page.ascending() ? " asc" : " desc");
        return where.bind(em.createQuery("select t from Terminal t" + where + " order by " + order + ", t.code",
                Terminal.class)).setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    /** How many of the establishment's terminals match the filter. */
    public long count(long establishmentId, @NotNull @Valid TerminalFilter filter) {
        staffAccess.requireEstablishment(establishmentId);
        QueryConditions where = where(establishmentId, filter, clock.instant().minus(offlineAfter()));
        return where.bind(em.createQuery("select count(t) from Terminal t" + where, Long.class)).getSingleResult();
    }

    /** The filters as conditions; an active terminal not seen since {@code silentBefore} counts as offline. */
    private static QueryConditions where(long establishmentId, TerminalFilter filter, Instant silentBefore) {
        QueryConditions where = QueryConditions.where("t.establishment.id = :establishmentId", "establishmentId",
                        establishmentId)
                .andStartsWith("t.code", "code", filter.code())
                .andEquals("t.kind", "kind", filter.kind())
                .andStartsWith("t.location", "location", filter.location())
                .andEquals("t.status", "status", filter.status())
                .andStartsWith("t.packageVersion", "version", filter.version());
        if (filter.fleet() == null) {
            return where;
        }
        return switch (filter.fleet()) {
            case ONLINE -> where.andEquals("t.status", "fleetStatus", TerminalStatus.ACTIVE)
                    .and("t.lastSeenAt >= :silentBefore", "silentBefore", silentBefore);
            case OFFLINE -> where.andEquals("t.status", "fleetStatus", TerminalStatus.ACTIVE)
                    .and("(t.lastSeenAt is null or t.lastSeenAt < :silentBefore)", "silentBefore", silentBefore);
            case MAINTENANCE -> where.andEquals("t.status", "fleetStatus", TerminalStatus.MAINTENANCE);
            case REVOKED -> where.andEquals("t.status", "fleetStatus", TerminalStatus.REVOKED);
            case PENDING_ENROLMENT -> where.andEquals("t.status", "fleetStatus", TerminalStatus.PENDING_ENROLMENT);
        };
    }

    /**
     * How many of the establishment's terminals are in each fleet status now, in one statement (for
     * the direction's dashboard too).
     */
    @RolesAllowed({Roles.IT_ADMIN, Roles.DIRECTION, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.SYSTEM})
    public Map<FleetStatus, Long> fleetHealth(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        Map<FleetStatus, Long> counts = new EnumMap<>(FleetStatus.class);
        for (FleetStatus status : FleetStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select t.status, case when t.lastSeenAt >= :silentBefore then true "
                + "else false end, count(t) from Terminal t where t.establishment.id = :establishmentId "
                + "group by t.status, case when t.lastSeenAt >= :silentBefore then true else false end", Object[].class)
                .setParameter("silentBefore", clock.instant().minus(offlineAfter()))
                .setParameter("establishmentId", establishmentId).getResultList()) {
            FleetStatus status = switch ((TerminalStatus) row[0]) {
                case ACTIVE -> Boolean.TRUE.equals(row[1]) ? FleetStatus.ONLINE : FleetStatus.OFFLINE;
                case MAINTENANCE -> FleetStatus.MAINTENANCE;
                case REVOKED -> FleetStatus.REVOKED;
                case PENDING_ENROLMENT -> FleetStatus.PENDING_ENROLMENT;
            };
            counts.merge(status, (Long) row[2], Long::sum);
        }
        return counts;
    }

    /** How many terminals of each kind the establishment has. */
    public Map<TerminalKind, Long> countByKind(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        Map<TerminalKind, Long> counts = new EnumMap<>(TerminalKind.class);
        for (Object[] row : em.createNamedQuery("Terminal.countByEstablishmentAndKind", Object[].class)
                .setParameter("establishment", establishments.get(establishmentId)).getResultList()) {
            counts.put((TerminalKind) row[0], (Long) row[1]);
        }
        return counts;
    }
}
