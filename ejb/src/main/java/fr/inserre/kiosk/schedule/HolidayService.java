package fr.inserre.kiosk.schedule;

import fr.inserre.kiosk.audit.AuditTrail;
import fr.inserre.kiosk.establishment.Establishment;
import fr.inserre.kiosk.establishment.EstablishmentService;
import fr.inserre.kiosk.identity.Roles;
import fr.inserre.kiosk.identity.StaffAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * Days without activities. Declaring one cancels the sessions already planned that day, with the
 * holiday's name as the reason the detainees read; removing one plans nothing back (the cancelled
 * sessions stay cancelled, as announced).
 */
@Stateless
@RolesAllowed({Roles.SUPERVISOR, Roles.WORK_MANAGER, Roles.TRAINING_MANAGER, Roles.PROBATION_OFFICER,
    Roles.DIRECTION, Roles.SYSTEM})
public class HolidayService {

    @PersistenceContext
    EntityManager em;

    @Inject
    EstablishmentService establishments;

    @Inject
    StaffAccess staffAccess;

    @Inject
    AuditTrail audit;

    @Inject
    Sessions sessions;

    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public Holiday declare(long establishmentId, @NotNull LocalDate date,
            @NotBlank @Size(max = Holiday.LABEL_MAX) String label) {
        staffAccess.requireEstablishment(establishmentId);
        Establishment establishment = establishments.get(establishmentId);
        if (!em.createQuery("select h from Holiday h where h.establishment = :e and h.date = :date", Holiday.class)
                .setParameter("e", establishment).setParameter("date", date).getResultList().isEmpty()) {
            throw new HolidayExistsException(date);
        }
        Holiday holiday = new Holiday(establishment, date, label);
        em.persist(holiday);
        List<ActivitySession> planned = em.createQuery("select s from ActivitySession s "
                + "where s.activity.establishment = :e and s.date = :date and s.state <> :cancelled", ActivitySession.class)
                .setParameter("e", establishment).setParameter("date", date)
                .setParameter("cancelled", SessionState.CANCELLED).getResultList();
        sessions.cancelAll(planned, holiday.getLabel());
        audit.recordWithDetail("schedule.holiday.declare", "Establishment", establishmentId,
                date + ", " + planned.size() + " sessions cancelled");
        return holiday;
    }

    @RolesAllowed({Roles.DIRECTION, Roles.SYSTEM})
    public void remove(long establishmentId, @NotNull LocalDate date) {
        staffAccess.requireEstablishment(establishmentId);
        int removed = em.createQuery("delete from Holiday h where h.establishment.id = :e and h.date = :date")
                .setParameter("e", establishmentId).setParameter("date", date).executeUpdate();
        if (removed > 0) {
            audit.recordWithDetail("schedule.holiday.remove", "Establishment", establishmentId, date.toString());
        }
    }

    public List<Holiday> from(long establishmentId, @NotNull LocalDate from) {
        staffAccess.requireEstablishment(establishmentId);
        return em.createQuery("select h from Holiday h where h.establishment.id = :e and h.date >= :from "
                + "order by h.date", Holiday.class)
                .setParameter("e", establishmentId).setParameter("from", from).getResultList();
    }
}
