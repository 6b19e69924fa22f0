package fr.inserre.kiosk.identity;

import fr.inserre.kiosk.common.CurrentActor;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.stream.Collectors;

/**
 * The establishment a staff caller belongs to, and the check that they only touch its data. Start-up
 * work (no caller) is trusted; a detainee is never a staff caller. Cached for the request, per caller.
 */
@RequestScoped
public class StaffAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentActor actor;

    private Long establishmentId;
    private String roles = "";
    /** The caller the cached values belong to: a @RunAs bean can change the caller within a request. */
    private String resolvedFor;

    /** The caller's establishment; null for the system itself. Refused for anyone who is not staff. */
    public Long establishmentId() {
        String name = actor.name();
        if (!name.equals(resolvedFor)) {
            roles = "";
            if (CurrentActor.SYSTEM.equals(name)) {
                establishmentId = null;
            } else {
                StaffMember member = em.createNamedQuery("StaffMember.findByLogin", StaffMember.class)
                        .setParameter("login", name).getResultStream().findFirst()
                        .orElseThrow(() -> new EJBAccessException("not a staff member: " + name));
                establishmentId = member.getEstablishment().getId();
                roles = member.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
            }
            resolvedFor = name;
        }
        return establishmentId;
    }

    /** The caller's roles as "DIRECTION,SUPERVISOR" (empty for the system), for the audit trail. */
    public String roles() {
        establishmentId();
        return roles;
    }

    /** Refuses a staff caller who asks for another establishment's data. */
    public void requireEstablishment(long wanted) {
        Long own = establishmentId();
        if (own != null && own != wanted) {
            throw new EJBAccessException("establishment " + wanted + " is not the caller's");
        }
    }
}
