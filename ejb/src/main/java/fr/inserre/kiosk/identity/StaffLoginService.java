package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.audit.Actor;
import fr.inserre.kiosk.audit.ActorKind;
import fr.inserre.kiosk.audit.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Staff login with login + password: locked after repeated failures, audited, and the same answer for
 * an unknown login as for a wrong password (a hash is computed either way, so timing tells nothing).
 */
@Stateless
@PermitAll
public class StaffLoginService {

    /** Compared against when the login is unknown, so that the answer takes as long as for a real one. */
    private static final String DUMMY_HASH = PasswordHasher.hash("no account has this password");

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    UnknownAccountThrottle unknownLogins;

    @Inject
    Clock clock;

    private final LockoutPolicy policy = LockoutPolicy.fromSystemProperties();

    public StaffLoginResult login(String login, String password) {
        Instant now = clock.instant();
        String normalised = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (normalised.length() > StaffMember.LOGIN_MAX) {
            normalised = normalised.substring(0, StaffMember.LOGIN_MAX);
        }
        Actor claimed = new Actor(normalised.isEmpty() ? "?" : normalised, ActorKind.STAFF, null);
        StaffMember member = normalised.isEmpty() ? null
                : em.createNamedQuery("StaffMember.findByLogin", StaffMember.class).setParameter("login", normalised)
                        .getResultStream().findFirst().orElse(null);
        if (member == null || member.getPasswordHash() == null) {
            PasswordHasher.matches(password == null ? "" : password, DUMMY_HASH);
            boolean locked = unknownLogins.fail("staff/" + normalised, now, policy);
            return refuse(claimed, locked ? LoginOutcome.LOCKED : LoginOutcome.INVALID, null);
        }
        claimed = new Actor(claimed.name(), ActorKind.STAFF, null, member.getEstablishment().getId());
        // Attempts on one account take turns (see KioskLoginService): two logins at once both go through, and
        // parallel wrong passwords are each counted toward the lock.
        em.refresh(member, LockModeType.PESSIMISTIC_WRITE);
        if (member.getAttempts().isLocked(now)) {
            return refuse(claimed, LoginOutcome.LOCKED, member.getId());
        }
        if (!PasswordHasher.matches(password == null ? "" : password, member.getPasswordHash())) {
            boolean locked = member.getAttempts().fail(now, policy);
            return refuse(claimed, locked ? LoginOutcome.LOCKED : LoginOutcome.INVALID, member.getId());
        }
        if (!member.isActive()) {
            return refuse(claimed, LoginOutcome.INVALID, member.getId());
        }
        member.loggedIn(now);
        audit.recordFor(new Actor(member.getLogin(), ActorKind.STAFF, null, member.getEstablishment().getId()), "staff.login", "StaffMember",
                member.getId());
        return new StaffLoginResult(LoginOutcome.SUCCESS, member.getLogin(), Set.copyOf(member.getRoles()),
                member.getEstablishment().getId(), member.isPasswordMustChange());
    }

    private StaffLoginResult refuse(Actor claimed, LoginOutcome outcome, Long memberId) {
        audit.recordRefusalFor(claimed, "staff.login", memberId == null ? null : "StaffMember", memberId,
                outcome.name());
        return StaffLoginResult.refused(outcome);
    }
}
