package fr.inserre.kiosk.attendance;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** An establishment's attendance policy, or the defaults when it has not set one. */
@Dependent
public class Policies {

    @PersistenceContext
    EntityManager em;

    public AttendancePolicy of(long establishmentId) {
        return em.createNamedQuery("AttendancePolicy.findByEstablishment", AttendancePolicy.class)
                .setParameter("establishmentId", establishmentId).getResultStream().findFirst()
                .orElseGet(AttendancePolicy::defaults);
    }
}
