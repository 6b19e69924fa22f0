package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.audit.Actor;
import fr.inserre.kiosk.audit.ActorKind;
import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.terminal.TerminalAccess;
import fr.inserre.kiosk.terminal.Terminal;
import fr.inserre.kiosk.terminal.TerminalCredential;
import fr.inserre.kiosk.terminal.TerminalKind;
import fr.inserre.kiosk.terminal.TerminalNotRecognisedException;
import fr.inserre.kiosk.terminal.TerminalService;
import jakarta.annotation.security.PermitAll;
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
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Detainees' login at a kiosk terminal: badge + PIN, on an enrolled terminal of their establishment;
 * at a CELL terminal, only the person of that cell. Failures count toward a lock; a lock or a wrong
 * secret never reveals whether the badge exists. Every attempt is audited. The result is returned,
 * not thrown, so that a failure's count is committed.
 */
@Stateless
@PermitAll
public class KioskLoginService {

    static final int BADGE_INPUT_MAX = 64;
    static final int PIN_INPUT_MAX = 32;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    UnknownAccountThrottle unknownBadges;

    @Inject
    Clock clock;

    @Inject
    TerminalService terminals;

    private final LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

    public DetaineeLoginResult login(String badge, String pin, @NotNull TerminalAccess terminal) {
        Instant now = clock.instant();
        String normalised = badge == null ? "" : badge.strip().toUpperCase(Locale.ROOT);
        String name = "badge:" + normalised;
        Actor claimed = new Actor(name.length() > 64 ? name.substring(0, 64) : name, ActorKind.DETAINEE, terminal.code(),
                terminal.establishmentId());
        if (terminal.maintenance()) {
            return refuse(claimed, LoginOutcome.TERMINAL_UNAVAILABLE, null);
        }
        if (normalised.isEmpty() || normalised.length() > BADGE_INPUT_MAX || pin == null || pin.length() > PIN_INPUT_MAX) {
            return refuse(claimed, LoginOutcome.INVALID, null);
        }
        DetaineeCredential credential = em.createNamedQuery("DetaineeCredential.findByBadge", DetaineeCredential.class)
                .setParameter("establishmentId", terminal.establishmentId())
                .setParameter("badge", normalised)
                .getResultStream().findFirst().orElse(null);
        if (credential == null) {
            boolean locked = unknownBadges.fail(terminal.establishmentId() + "/" + normalised, now, policy);
            return refuse(claimed, locked ? LoginOutcome.LOCKED : LoginOutcome.INVALID, null);
        }
        lockForThisAttempt(credential);
        Detainee detainee = credential.getDetainee();
        if (credential.getAttempts().isLocked(now)) {
            return refuse(claimed, LoginOutcome.LOCKED, detainee.getId());
        }
        if (!PasswordHasher.matches(pin, credential.getPinHash())) {
            boolean locked = credential.getAttempts().fail(now, policy);
            return refuse(claimed, locked ? LoginOutcome.LOCKED : LoginOutcome.INVALID, detainee.getId());
        }
        if (!detainee.isPresent() || credential.isDisabled()) {
            return refuse(claimed, LoginOutcome.INVALID, detainee.getId());
        }
        if (!inPlace(detainee, terminal)) {
            return refuse(claimed, LoginOutcome.WRONG_CELL, detainee.getId());
        }
        credential.loggedIn(now);
        audit.recordFor(new Actor(DetaineeLogins.principalName(detainee.getId()), ActorKind.DETAINEE, terminal.code(),
                terminal.establishmentId()),
                "kiosk.login", "Detainee", detainee.getId());
        return new DetaineeLoginResult(LoginOutcome.SUCCESS, detainee.getId(), detainee.getFirstName(),
                credential.isPinMustChange(), detainee.getEstablishment().getKioskIdleSeconds(),
                detainee.getPreferredLanguage(), detainee.isReadingSupport());
    }

    /**
     * What every kiosk request checks, read in one statement: the terminal of that code and its
     * credential (same rules, audit of refusals and last-seen time as TerminalService#authenticate),
     * and, when a detainee is logged in, whether the terminal still accepts them ({@link #stillAccepts}).
     *
     * @param detaineeId the detainee of the session, or null before a login
     * @throws TerminalNotRecognisedException for anything but an enrolled terminal and its credential
     */
    public KioskStanding standing(@NotBlank @Size(max = Terminal.CODE_MAX) String terminalCode,
            @NotNull @Valid TerminalCredential credential, Long detaineeId) {
        List<Object[]> rows = em.createNamedQuery("DetaineeCredential.kioskStanding", Object[].class)
                .setParameter("code", TerminalService.normaliseCode(terminalCode))
                .setParameter("detaineeId", detaineeId == null ? -1L : detaineeId)
                .getResultList();
        Terminal terminal = rows.isEmpty() ? null : (Terminal) rows.get(0)[0];
        TerminalAccess access = terminals.authenticate(terminal, terminalCode, credential);
        if (detaineeId == null) {
            return new KioskStanding(access, true);
        }
        return new KioskStanding(access, accepts((DetaineeCredential) rows.get(0)[1], access));
    }

    /**
     * Whether this terminal still accepts the detainee of an open kiosk session, checked on every kiosk
     * request: a move, a release or a transfer ends the session at the old cell's terminal at once,
     * not at the next idle logout. Same rules as the login (present, account not locked for good,
     * at a cell terminal only that cell's person).
     */
    public boolean stillAccepts(long detaineeId, @NotNull TerminalAccess terminal) {
        DetaineeCredential credential = em.createNamedQuery("DetaineeCredential.findStandingByDetainee",
                DetaineeCredential.class).setParameter("detaineeId", detaineeId)
                .getResultStream().findFirst().orElse(null);
        return accepts(credential, terminal);
    }

    private static boolean accepts(DetaineeCredential credential, TerminalAccess terminal) {
        if (credential == null || credential.isDisabled() || terminal.maintenance()) {
            return false;
        }
        Detainee detainee = credential.getDetainee();
        return detainee.isPresent() && detainee.getEstablishment().getId().equals(terminal.establishmentId())
                && inPlace(detainee, terminal);
    }

    /** At a cell terminal, only that cell's person; elsewhere, anyone present of the establishment. */
    private static boolean inPlace(Detainee detainee, TerminalAccess terminal) {
        return terminal.kind() != TerminalKind.CELL
                || detainee.getCell() != null && detainee.getCell().getId().equals(terminal.cellId());
    }

    /**
     * Attempts on one badge take turns: the credential's row is locked and re-read for this attempt, so two
     * logins at the same instant (a double tap, two kiosks) both go through instead of one failing on the
     * credential's version, and parallel wrong PINs are each counted toward the lock. Only the credential's
     * row is locked, not its person's.
     */
    private void lockForThisAttempt(DetaineeCredential credential) {
        em.refresh(credential, LockModeType.PESSIMISTIC_WRITE);
    }

    private DetaineeLoginResult refuse(Actor claimed, LoginOutcome outcome, Long detaineeId) {
        audit.recordRefusalFor(claimed, "kiosk.login", detaineeId == null ? null : "Detainee", detaineeId,
                outcome.name());
        return DetaineeLoginResult.refused(outcome);
    }
}
