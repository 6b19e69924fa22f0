package fr.inserre.kiosk.citizen;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.common.BusinessException;
import fr.inserre.kiosk.common.ChangedMeanwhileException;
import fr.inserre.kiosk.common.CurrentActor;
import fr.inserre.kiosk.detainee.Detainee;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.UnknownEstablishmentException;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import fr.inserre.kiosk.identity.StaffMember;
import fr.inserre.kiosk.identity.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The partner directory of an establishment: who comes, what they help with, when. Detainees read the
 * active partners of their own establishment; staff read their establishment's; the CPIP and the
 * direction keep it (every change audited, concurrent edits refused by version); a PARTNER account
 * finds the partner it acts for ({@link #mine()}).
 */
@Stateless
@RolesAllowed({Roles.PROBATION_OFFICER, Roles.DIRECTION, Roles.SYSTEM})
public class PartnerDirectory {

    public static final String ENTITY = "Partner";

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffAccess staffAccess;

    @Inject
    CurrentActor actor;

    @Inject
    AuditTrail audit;

    /** The active partners of the logged-in detainee's establishment, by name (kiosk directory). */
    @RolesAllowed(Roles.DETAINEE)
    public List<Partner> forMe() {
        Detainee me = em.find(Detainee.class, actor.detaineeId());
        return em.createNamedQuery("Partner.findActive", Partner.class)
                .setParameter("establishment", me.getEstablishment().getId()).getResultList();
    }

    /** The active partners of an establishment, by name (for staff pickers, e.g. appointment slots). */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.PARTNER, Roles.DIRECTION, Roles.SYSTEM})
    public List<Partner> active(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("Partner.findActive", Partner.class)
                .setParameter("establishment", establishmentId).getResultList();
    }

    /** Every partner of an establishment, active first (the staff directory). */
    public List<Partner> all(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("Partner.findByEstablishment", Partner.class)
                .setParameter("establishment", establishmentId).getResultList();
    }

    /** One partner of the caller's establishment; refused ("introuvable") for another's. */
    @RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
        Roles.PARTNER, Roles.DIRECTION, Roles.SYSTEM})
    public Partner find(long partnerId) {
        return owned(partnerId);
    }

    /** The partner the calling PARTNER account acts for, if it has been linked to one. */
    @RolesAllowed({Roles.PARTNER, Roles.SYSTEM})
    public Optional<Partner> mine() {
        return em.createNamedQuery("Partner.findByAccount", Partner.class).setParameter("login", actor.name())
                .getResultStream().findFirst();
    }

    /** The logins of the PARTNER accounts acting for a partner, sorted. */
    public List<String> accountsOf(long partnerId) {
        return owned(partnerId).getAccounts().stream().map(StaffMember::getLogin).sorted().toList();
    }

    /** Adds a partner to the establishment's directory. */
    public Partner create(long establishmentId, @NotNull @Valid PartnerDetails details) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = em.find(Establishment.class, establishmentId);
        if (establishment == null) {
            throw new UnknownEstablishmentException(establishmentId);
        }
        try {
            requireFreeName(establishmentId, details.name(), null);
            Partner partner = new Partner(establishment, details);
            em.persist(partner);
            audit.recordWithDetail("citizen.partner.create", ENTITY, partner.getId(), partner.getName());
            return partner;
        } catch (BusinessException refused) {
            audit.recordRefusal("citizen.partner.create", ENTITY, null, refused.getMessageKey());
            throw refused;
        }
    }

    /** Changes what the directory says; refused if someone changed the partner since {@code versionSeen}. */
    public Partner update(long partnerId, long versionSeen, @NotNull @Valid PartnerDetails details) {
        Partner partner = owned(partnerId);
        try {
            ChangedMeanwhileException.check(partner, versionSeen);
            requireFreeName(partner.getEstablishment().getId(), details.name(), partner.getId());
            partner.describe(details);
            audit.recordWithDetail("citizen.partner.update", ENTITY, partnerId, partner.getName());
            return partner;
        } catch (BusinessException refused) {
            audit.recordRefusal("citizen.partner.update", ENTITY, partnerId, refused.getMessageKey());
            throw refused;
        }
    }

    /** Shows or hides the partner on the kiosk (a partner no longer coming stays for history). */
    public Partner setActive(long partnerId, long versionSeen, boolean active) {
        Partner partner = owned(partnerId);
        ChangedMeanwhileException.check(partner, versionSeen);
        if (active) {
            partner.reactivate();
        } else {
            partner.deactivate();
        }
        audit.record(active ? "citizen.partner.reactivate" : "citizen.partner.deactivate", ENTITY, partnerId);
        return partner;
    }

    /** Lets a PARTNER account of the establishment act for this partner. */
    public void linkAccount(long partnerId, @NotNull String login) {
        Partner partner = owned(partnerId);
        try {
            StaffMember account = em.createNamedQuery("StaffMember.findByLogin", StaffMember.class)
                    .setParameter("login", login).getResultStream()
                    .filter(s -> s.getEstablishment().getId().equals(partner.getEstablishment().getId()))
                    .filter(s -> s.getRoles().contains(StaffRole.PARTNER))
                    .findFirst().orElseThrow(() -> new NotAPartnerAccountException(login));
            Optional<Partner> current = em.createNamedQuery("Partner.findByAccount", Partner.class)
                    .setParameter("login", login).getResultStream().findFirst();
            if (current.isPresent() && !current.get().equals(partner)) {
                throw new AccountOfAnotherPartnerException(login);
            }
            partner.link(account);
            audit.recordWithDetail("citizen.partner.link", ENTITY, partnerId, login);
        } catch (BusinessException refused) {
            audit.recordRefusal("citizen.partner.link", ENTITY, partnerId, login + ": " + refused.getMessageKey());
            throw refused;
        }
    }

    /** The account no longer acts for this partner. */
    public void unlinkAccount(long partnerId, @NotNull String login) {
        Partner partner = owned(partnerId);
        partner.getAccounts().stream().filter(a -> a.getLogin().equals(login)).findFirst().ifPresent(account -> {
            partner.unlink(account);
            audit.recordWithDetail("citizen.partner.unlink", ENTITY, partnerId, login);
        });
    }

    private void requireFreeName(long establishmentId, String name, Long self) {
        em.createNamedQuery("Partner.findByName", Partner.class).setParameter("establishment", establishmentId)
                .setParameter("name", name.strip()).getResultStream()
                .filter(other -> !other.getId().equals(self)).findFirst().ifPresent(other -> {
                    throw new DuplicatePartnerException(name.strip());
                });
    }

    private Partner owned(long partnerId) {
        Partner partner = em.find(Partner.class, partnerId);
        if (partner == null) {
            throw new UnknownPartnerException(partnerId);
        }
        try {
            staffAccess.requireEstablishment(partner.getEstablishment().getId());
        } catch (EJBAccessException otherEstablishment) {
            throw new UnknownPartnerException(partnerId);
        }
        return partner;
    }
}
