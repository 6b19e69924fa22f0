package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.common.CurrentActor;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Staff accounts of an establishment. */
@Stateless
@RolesAllowed({Roles.DIRECTION, Roles.IT_ADMIN, Roles.SYSTEM})
public class StaffService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    AuditTrail audit;

    @Inject
    StaffAccess staffAccess;

    @Inject
    CurrentActor actor;

    @Resource
    SessionContext context;

    public StaffMember create(long establishmentId,
            @NotBlank @Size(max = StaffMember.LOGIN_MAX) String login,
            @NotBlank @Size(max = StaffMember.NAME_MAX) String firstName,
            @NotBlank @Size(max = StaffMember.NAME_MAX) String lastName,
            @NotEmpty Set<StaffRole> roles) {
        staffAccess.requireEstablishment(establishmentId);
        if (roles.contains(StaffRole.DIRECTION) && !directionOrSystem()) {
            throw new DirectionRoleReservedException(login);
        }
        StaffMember member = new StaffMember(establishments.get(establishmentId), login, firstName, lastName, roles);
        if (findByLogin(member.getLogin()).isPresent()) {
            throw new DuplicateLoginException(member.getLogin());
        }
        em.persist(member);
        em.flush();
        audit.record("staff.create", "StaffMember", member.getId());
        return member;
    }

    @PermitAll
    public Optional<StaffMember> findByLogin(String login) {
        return em.createNamedQuery("StaffMember.findByLogin", StaffMember.class)
                .setParameter("login", login.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /** Sets a password chosen by an administrator; the person chooses their own at the next login. */
    public void setInitialPassword(long staffMemberId, @NotBlank @Size(min = 12, max = 128) String password) {
        StaffMember member = em.find(StaffMember.class, staffMemberId);
        if (member == null) {
            throw new jakarta.ejb.EJBAccessException("no such staff member");
        }
        staffAccess.requireEstablishment(member.getEstablishment().getId());
        member.setInitialPassword(PasswordHasher.hash(password));
        audit.record("staff.password.set", "StaffMember", member.getId());
    }

    /**
     * Replaces a staff member's roles. Nobody changes their own account (no one locks themselves out or
     * raises their own rights), and only the direction grants or withdraws the direction role.
     */
    public StaffMember changeRoles(long staffMemberId, @NotEmpty Set<StaffRole> roles) {
        StaffMember member = editable(staffMemberId);
        if (!directionOrSystem() && (roles.contains(StaffRole.DIRECTION) != member.holds(StaffRole.DIRECTION))) {
            throw new DirectionRoleReservedException(member.getLogin());
        }
        member.grant(roles);
        audit.recordWithDetail("staff.roles", "StaffMember", member.getId(),
                roles.stream().map(Enum::name).sorted().collect(java.util.stream.Collectors.joining(",")));
        return member;
    }

    /** Disables an account (the person left): no login any more; the record and its audit trail stay. */
    public void disable(long staffMemberId) {
        editable(staffMemberId).deactivate();
        audit.record("staff.disable", "StaffMember", staffMemberId);
    }

    /** Enables a disabled account again. */
    public void enable(long staffMemberId) {
        editable(staffMemberId).reactivate();
        audit.record("staff.enable", "StaffMember", staffMemberId);
    }

    /**
     * Gives a forgotten password a random temporary replacement, shown once to the administrator; the
     * lock is lifted and the person chooses their own at the next login.
     */
    public String resetPassword(long staffMemberId) {
        StaffMember member = editable(staffMemberId);
        String temporary = InitialSecrets.temporaryPassword();
        member.setInitialPassword(PasswordHasher.hash(temporary));
        audit.record("staff.password.reset", "StaffMember", member.getId());
        return temporary;
    }

    /** Another staff member of the caller's establishment, that this caller may change. */
    private StaffMember editable(long staffMemberId) {
        StaffMember member = em.find(StaffMember.class, staffMemberId);
        if (member == null) {
            throw new jakarta.ejb.EJBAccessException("no such staff member");
        }
        staffAccess.requireEstablishment(member.getEstablishment().getId());
        if (member.getLogin().equals(actor.name())) {
            throw new OwnAccountException(member.getLogin());
        }
        if (!directionOrSystem() && member.holds(StaffRole.DIRECTION)) {
            throw new DirectionRoleReservedException(member.getLogin());
        }
        return member;
    }

    private boolean directionOrSystem() {
        return context.isCallerInRole(Roles.DIRECTION) || context.isCallerInRole(Roles.SYSTEM);
    }

    public List<StaffMember> ofEstablishment(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("StaffMember.findByEstablishment", StaffMember.class)
                .setParameter("establishment", establishments.get(establishmentId))
                .getResultList();
    }
}
