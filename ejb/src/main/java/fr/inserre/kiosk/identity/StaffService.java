package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.establishment.EstablishmentService;
import jakarta.annotation.security.PermitAll;
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

    public StaffMember create(long establishmentId,
            @NotBlank @Size(max = StaffMember.LOGIN_MAX) String login,
            @NotBlank @Size(max = StaffMember.NAME_MAX) String firstName,
            @NotBlank @Size(max = StaffMember.NAME_MAX) String lastName,
            @NotEmpty Set<StaffRole> roles) {
        staffAccess.requireEstablishment(establishmentId);
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

    public List<StaffMember> ofEstablishment(long establishmentId) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createNamedQuery("StaffMember.findByEstablishment", StaffMember.class)
                .setParameter("establishment", establishments.get(establishmentId))
                .getResultList();
    }
}
