package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.detainee.DetaineeReleasedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Badges and PINs: staff issue a badge and reset a PIN; a detainee chooses their own PIN. */
@Stateless
public class KioskCredentialService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor actor;

    @Inject
    StaffAccess staffAccess;

    /** Gives a present detainee a badge with an initial PIN, to be changed at the first login. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTION, Roles.SYSTEM})
    public DetaineeCredential issueBadge(long detaineeId,
            @NotBlank @Size(max = DetaineeCredential.BADGE_MAX) String badge, @NotBlank String initialPin) {
        Detainee detainee = detainee(detaineeId);
        if (!detainee.isPresent()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        PinRules.check(initialPin);
        DetaineeCredential credential = new DetaineeCredential(detainee, badge, PasswordHasher.hash(initialPin));
        boolean taken = !em.createNamedQuery("DetaineeCredential.findByBadge", DetaineeCredential.class)
                .setParameter("establishmentId", detainee.getEstablishment().getId())
                .setParameter("badge", credential.getBadgeNumber()).getResultList().isEmpty();
        if (taken || find(detaineeId) != null) {
            throw new DuplicateBadgeException(credential.getBadgeNumber());
        }
        em.persist(credential);
        audit.record("identity.badge.issue", "Detainee", detaineeId);
        return credential;
    }

    /**
     * Gives a present detainee a new badge with a random initial PIN (admission): the badge number is
     * drawn until free in the establishment. Returns the credential and the PIN in clear, to be printed
     * once on the admission slip; only its hash is kept.
     */
    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public IssuedBadge issueNewBadge(long detaineeId) {
        Detainee detainee = detainee(detaineeId);
        String badge;
        do {
            badge = InitialSecrets.badgeNumber();
        } while (!em.createNamedQuery("DetaineeCredential.findByBadge", DetaineeCredential.class)
                .setParameter("establishmentId", detainee.getEstablishment().getId())
                .setParameter("badge", badge).getResultList().isEmpty());
        String pin = InitialSecrets.pin();
        DetaineeCredential credential = issueBadge(detaineeId, badge, pin);
        return new IssuedBadge(credential.getBadgeNumber(), pin);
    }

    /** Whether the detainee has a badge (the admission desk lists those still without one). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTION, Roles.SYSTEM})
    public boolean hasBadge(long detaineeId) {
        detainee(detaineeId);
        return find(detaineeId) != null;
    }

    /** A forgotten PIN: staff give a new one, the lock is lifted, the detainee changes it at the next login. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.DIRECTION})
    public void resetPin(long detaineeId, @NotBlank String newPin) {
        PinRules.check(newPin);
        Detainee detainee = detainee(detaineeId);
        DetaineeCredential credential = find(detaineeId);
        if (credential == null) {
            throw new NoBadgeException(detainee.getPrisonNumber());
        }
        if (credential.isDisabled()) {
            throw new DetaineeReleasedException(detainee.getPrisonNumber());
        }
        credential.resetPin(PasswordHasher.hash(newPin));
        audit.record("identity.pin.reset", "Detainee", detaineeId);
    }

    /** The detainee logged in at the kiosk chooses their own PIN (typed twice). */
    @RolesAllowed(Roles.DETAINEE)
    public void choosePin(@NotBlank String newPin, @NotBlank String confirmation) {
        if (!newPin.equals(confirmation)) {
            throw new PinMismatchException();
        }
        PinRules.check(newPin);
        Long detaineeId = actor.detaineeId();
        DetaineeCredential credential = detaineeId == null ? null : find(detaineeId);
        if (credential == null) {
            throw new EJBAccessException("only a detainee logged in at a kiosk chooses a PIN");
        }
        credential.choosePin(PasswordHasher.hash(newPin));
        audit.record("identity.pin.choose", "Detainee", detaineeId);
    }

    private Detainee detainee(long detaineeId) {
        Detainee detainee = em.find(Detainee.class, detaineeId);
        if (detainee == null) {
            throw new EJBAccessException("no such detainee");
        }
        staffAccess.requireEstablishment(detainee.getEstablishment().getId());
        return detainee;
    }

    private DetaineeCredential find(long detaineeId) {
        return em.createNamedQuery("DetaineeCredential.findByDetainee", DetaineeCredential.class)
                .setParameter("detaineeId", detaineeId).getResultStream().findFirst().orElse(null);
    }
}
